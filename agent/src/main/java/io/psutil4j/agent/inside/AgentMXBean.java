package io.psutil4j.agent.inside;

/**
 * {@value #NAME}: registered first, before any other of the agent's MBeans, so that a second {@code
 * -javaagent} or attach, whatever its domain, finds it taken and does nothing; it says which
 * options are in effect. Outside the MBeans' domain: it describes the agent, not the system.
 */
public interface AgentMXBean {
  /** One per JVM. */
  String NAME = "io.psutil4j.agent:type=Agent";

  /** Every option's value in effect, the host's psutil4j.* properties included. */
  String getOptions();

  /** starting, waiting (and for what), running (and how many MBeans), or failed (and why). */
  String getState();
}

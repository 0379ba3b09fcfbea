package io.psutil4j.agent.inside;

import io.psutil4j.Platforms;
import io.psutil4j.Process;
import io.psutil4j.SuppressForbidden;
import io.psutil4j.jfr.PsutilEvents;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.jmx.Registration;
import io.psutil4j.spi.Platform;
import java.io.PrintStream;
import java.lang.instrument.Instrumentation;
import java.lang.management.ManagementFactory;
import java.util.Properties;
import javax.management.InstanceAlreadyExistsException;
import javax.management.JMException;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Runs on the agent's daemon thread, loaded by the agent's own class loader: parses the options,
 * waits if asked, and registers the MBeans in the platform MBeanServer. Prints nothing unless an
 * option is bad or registration fails; psutil's fallback warnings are kept, not printed into the
 * host's stderr.
 */
public final class AgentRuntime {
  private AgentRuntime() {}

  /** How long to wait for a host's own LogManager or MBeanServer builder before going ahead. */
  private static final long MAX_HOST_WAIT_MILLIS = 5 * 60 * 1000;

  private static final long HOST_POLL_MILLIS = 250;

  /** Called reflectively by {@code io.psutil4j.agent.PsutilAgent}. */
  @SuppressForbidden(
      reason = "the contract's warning stream: a bad option or failure, one line on stderr")
  public static void start(String options, Instrumentation instrumentation) {
    PrintStream err = System.err;
    Properties properties = System.getProperties();
    AgentOptions parsed = AgentOptions.parse(options, properties, err);
    AgentStatus status = new AgentStatus(properties, parsed.inEffect());
    try {
      if (parsed.delaySeconds() > 0) {
        status.publish("waiting " + parsed.delaySeconds() + " s (option delay)");
        Thread.sleep(parsed.delaySeconds() * 1000);
      }
      HostReadiness host = new HostReadiness(instrumentation, properties);
      if (host.mustWait()) {
        status.publish("waiting for the host to load " + host.waitingFor());
      }
      waitForHost(host, err);
      JmxConfig config = parsed.jmxConfig();
      MBeanServer server = ManagementFactory.getPlatformMBeanServer();
      ObjectName marker = new ObjectName(AgentMXBean.NAME);
      try {
        server.registerMBean(status, marker);
      } catch (InstanceAlreadyExistsException e) {
        // a second -javaagent or attach of the same agent: already there
        status.publishAlreadyRunning(JMX.newMXBeanProxy(server, marker, AgentMXBean.class));
        return;
      }
      register(server, marker, config, status);
      if (parsed.jfr()) {
        registerEvents(server, config.domain(), err);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (JMException | RuntimeException | LinkageError e) {
      status.publish("failed: " + e);
      err.println("psutil4j: MBeans not registered: " + e);
    }
  }

  /**
   * Registers the MBeans behind the marker; if that fails, the marker goes too, so a later load may
   * try again.
   */
  private static void register(
      MBeanServer server, ObjectName marker, JmxConfig config, AgentStatus status)
      throws JMException {
    try {
      Platform platform = Platforms.quiet();
      Registration r =
          PsutilMBeans.register(server, config, platform, Process.of(platform, platform.selfPid()));
      status.publish("running: " + r.names().size() + " MBeans under " + config.domain() + ":*");
    } catch (RuntimeException | LinkageError e) {
      server.unregisterMBean(marker);
      throw e;
    }
  }

  /** JFR events over the MBeans just registered; a JVM without jdk.jfr keeps its MBeans. */
  private static void registerEvents(MBeanServer server, String domain, PrintStream err) {
    try {
      PsutilEvents.register(server, domain);
    } catch (RuntimeException | LinkageError e) {
      err.println("psutil4j: JFR events not registered: " + e);
    }
  }

  private static void waitForHost(HostReadiness host, PrintStream err) throws InterruptedException {
    long deadline = System.nanoTime() + MAX_HOST_WAIT_MILLIS * 1_000_000L;
    while (host.mustWait()) {
      if (System.nanoTime() > deadline) {
        err.println("psutil4j: " + host.waitingFor() + " was never loaded; registering anyway");
        return;
      }
      Thread.sleep(HOST_POLL_MILLIS);
    }
  }
}

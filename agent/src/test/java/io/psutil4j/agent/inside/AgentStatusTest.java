package io.psutil4j.agent.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The status property attach reads back: numbered per load, state and options recoverable. */
class AgentStatusTest {
  @Test
  void eachLoadNumbersItsStatusOneHigherAndAttachCanReadItBack() {
    Properties host = new Properties();
    AgentStatus first = new AgentStatus(host, "domain=psutil4j, controls=false");
    first.publish("running: 42 MBeans under psutil4j:*");
    String published = host.getProperty(AgentStatus.PROPERTY);
    assertEquals(1, AgentStatus.loadNumber(published));
    assertEquals("running: 42 MBeans under psutil4j:*", AgentStatus.state(published));
    assertEquals("domain=psutil4j, controls=false", AgentStatus.options(published));

    AgentStatus second = new AgentStatus(host, "domain=psutil4j, controls=true");
    second.publishAlreadyRunning(first);
    String again = host.getProperty(AgentStatus.PROPERTY);
    assertEquals(2, AgentStatus.loadNumber(again));
    assertEquals(
        "running: 42 MBeans under psutil4j:* (loaded before; this load changed nothing)",
        AgentStatus.state(again));
    assertEquals("domain=psutil4j, controls=false", AgentStatus.options(again), "the earlier's");
  }

  @Test
  void noOrForeignStatusCountsAsLoadZero() {
    assertEquals(0, AgentStatus.loadNumber(null));
    assertEquals(0, AgentStatus.loadNumber("whatever"));
    assertEquals(null, AgentStatus.state(null));
  }
}

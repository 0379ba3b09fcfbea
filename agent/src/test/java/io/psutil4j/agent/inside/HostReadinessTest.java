package io.psutil4j.agent.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * When the agent waits for the host's LogManager: only for a JVM started through jboss-modules (or
 * naming its own), never because of an environment variable. The instrumentation is null here, so a
 * class counts as loaded: what is tested is what the agent waits for.
 */
class HostReadinessTest {
  @Test
  void aJbossModulesCommandLineMeansWaitingForTheJbossLogManager() {
    HostReadiness wildfly =
        new HostReadiness(
            null,
            Map.of(
                "sun.java.command",
                "/opt/wildfly/jboss-modules.jar -mp /opt/wildfly/modules org.jboss.as.standalone"));
    assertEquals("org.jboss.logmanager.LogManager", wildfly.waitingFor());

    HostReadiness byProperty =
        new HostReadiness(null, Map.of("jboss.modules.system.pkgs", "org.jboss.byteman"));
    assertEquals("org.jboss.logmanager.LogManager", byProperty.waitingFor());
  }

  @Test
  void anyOtherCommandLineWaitsForNothing() {
    HostReadiness plain = new HostReadiness(null, Map.of("sun.java.command", "com.example.Main"));
    assertEquals(null, plain.waitingFor());
    assertFalse(plain.mustWait());
  }

  @Test
  void aLogManagerNamedOnTheCommandLineButNotOnTheClassPathIsWaitedFor() {
    HostReadiness named =
        new HostReadiness(null, Map.of(HostReadiness.LOG_MANAGER, "org.example.NotHereLogManager"));
    assertEquals("org.example.NotHereLogManager", named.waitingFor());
  }
}

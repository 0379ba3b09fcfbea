package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host with its own, older JNA keeps it, sees none of our classes, and our MBeans still work. */
class AgentIsolationIT {
  @Test
  void aHostWithItsOwnJnaAndByteBuddyKeepsItsVersionsAndSeesNoneOfTheAgentsClasses()
      throws Exception {
    String hostJna = System.getProperty("host.jna.jar");
    String hostByteBuddy = System.getProperty("host.bytebuddy.jar");
    String classPath =
        ChildJvm.testClasses() + File.pathSeparator + hostJna + File.pathSeparator + hostByteBuddy;
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-javaagent:" + ChildJvm.agentJar(),
                "-cp",
                classPath,
                IsolationHostApp.class.getName()))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      List<String> out = host.stdout();
      assertEquals("host jna jna-" + System.getProperty("host.jna.version") + ".jar", out.get(0));
      assertEquals(
          "host bytebuddy byte-buddy-agent-"
              + System.getProperty("host.bytebuddy.version")
              + ".jar",
          out.get(1));
      assertEquals(3, out.stream().filter(l -> l.startsWith("hidden ")).count(), out::toString);

      List<String> clientOut = ChildJvm.readAllWithJdkOnlyClient(host.pid());
      assertTrue(
          clientOut.stream().anyMatch(l -> l.startsWith("ATTR psutil4j:type=Memory Total ")),
          clientOut::toString);
      assertTrue(clientOut.stream().noneMatch(l -> l.startsWith("ERROR")), clientOut::toString);
    }
  }
}

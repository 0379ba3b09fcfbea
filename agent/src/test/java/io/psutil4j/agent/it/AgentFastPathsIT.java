package io.psutil4j.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * core's FFM classes sit in META-INF/versions/22 of its multi-release jar, which the agent unpacks
 * under inst/: its class loader finds them on JDK 22+, and uses them only with native access
 * enabled; without it, on JDK 24+, nothing native loads and the host's stderr stays empty.
 */
class AgentFastPathsIT {
  private static final int JDK = Runtime.version().feature();

  private static List<String> hostOutput(List<String> jvmOptions) throws Exception {
    List<String> command = new ArrayList<>(jvmOptions);
    command.addAll(
        List.of(
            "-javaagent:" + ChildJvm.agentJar(),
            "-cp",
            ChildJvm.testClasses(),
            FastPathsHostApp.class.getName()));
    try (ChildJvm host = ChildJvm.start(command)) {
      assertEquals(0, host.finish(60), () -> "stderr: " + host.stderr());
      assertEquals(List.of(), host.stderr(), "the host's stderr");
      return host.stdout();
    }
  }

  @Test
  void withNativeAccessTheAgentUsesFfmFromJdk22() throws Exception {
    assumeTrue(JDK >= 22, "FFM is final from JDK 22");
    assertEquals(
        List.of("binding=ffm ffm-class=found calls=worked"),
        hostOutput(List.of("--enable-native-access=ALL-UNNAMED")));
  }

  @Test
  void withoutNativeAccessTheAgentLoadsNothingNativeFromJdk24() throws Exception {
    String expected =
        JDK >= 24
            ? "binding=none ffm-class=found calls=none"
            : JDK >= 22
                ? "binding=jna ffm-class=found calls=worked"
                : "binding=jna ffm-class=absent calls=worked";
    assertEquals(List.of(expected), hostOutput(List.of()));
  }
}

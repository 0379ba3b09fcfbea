package io.psutil4j.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.psutil4j.linux.TestJdks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * core's FFM classes sit in META-INF/versions/22 of its multi-release jar, which the agent unpacks
 * under inst/: its class loader finds them on JDK 22+, and uses them only with native access
 * enabled; without it, on JDK 24+, nothing native loads and the host's stderr stays empty. A host
 * of JDK 22+ is started whatever JDK runs the build (-Dpsutil4j.test.jdk24 below 22).
 */
class AgentFastPathsIT {
  private static final int JDK = Runtime.version().feature();

  private static List<String> hostOutput(Path java, List<String> jvmOptions) throws Exception {
    List<String> command = new ArrayList<>(jvmOptions);
    command.addAll(
        List.of(
            "-javaagent:" + ChildJvm.agentJar(),
            "-cp",
            ChildJvm.testClasses(),
            FastPathsHostApp.class.getName()));
    try (ChildJvm host = ChildJvm.start(java, command)) {
      assertEquals(0, host.finish(60), () -> "stderr: " + host.stderr());
      assertEquals(List.of(), host.stderr(), "the host's stderr");
      return host.stdout();
    }
  }

  @Test
  void withNativeAccessTheAgentUsesFfmFromJdk22() throws Exception {
    assertEquals(
        List.of("binding=ffm ffm-class=found calls=worked"),
        hostOutput(
            TestJdks.javaOf(TestJdks.FFM_FROM, ChildJvm.java()),
            List.of("--enable-native-access=ALL-UNNAMED")));
  }

  @Test
  void withoutNativeAccessTheAgentLoadsNothingNativeFromJdk24() throws Exception {
    assertEquals(
        List.of("binding=none ffm-class=found calls=none"),
        hostOutput(TestJdks.javaOf(TestJdks.WARNS_FROM, ChildJvm.java()), List.of()));
  }

  /** A host of the build's own JDK, without native access: JNA before 24, nothing from 24. */
  @Test
  void onThisJdkWithoutNativeAccessTheAgentBindsWhatLoadsQuietly() throws Exception {
    String expected =
        JDK >= TestJdks.WARNS_FROM
            ? "binding=none ffm-class=found calls=none"
            : JDK >= TestJdks.FFM_FROM
                ? "binding=jna ffm-class=found calls=worked"
                : "binding=jna ffm-class=absent calls=worked";
    assertEquals(List.of(expected), hostOutput(ChildJvm.java(), List.of()));
  }
}

package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.TestJdks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A host where JNA cannot load its native library: every /proc-based MBean still registers and
 * reads, heap_info reads null, heapTrim says why it cannot run, and the host sees nothing.
 */
class AgentWithoutNativeIT {
  private static final String DENY = "--illegal-native-access=deny";

  /**
   * The ways a production JVM denies native code; the JDK 24+ flag in a host of JDK 24+, whatever
   * JDK runs the build.
   */
  static Stream<List<String>> nativeDenied() {
    List<List<String>> ways = new ArrayList<>();
    // JNA may neither use a system libjnidispatch nor unpack its own from the jar
    ways.add(List.of("-Djna.nosys=true", "-Djna.nounpack=true"));
    ways.add(List.of(DENY));
    return ways.stream();
  }

  @ParameterizedTest
  @MethodSource("nativeDenied")
  void procBasedMBeansWorkAndNativeOnesSayWhyNot(List<String> denial) throws Exception {
    List<String> command = new ArrayList<>(denial);
    command.addAll(
        List.of(
            // heapTrim allowed, so that what stops it is the missing native access
            "-javaagent:" + ChildJvm.agentJar() + "=heapTrim=true",
            "-cp",
            ChildJvm.testClasses(),
            HostApp.class.getName()));
    Path java =
        denial.contains(DENY)
            ? TestJdks.javaOf(TestJdks.WARNS_FROM, ChildJvm.java())
            : ChildJvm.java();
    try (ChildJvm host = ChildJvm.start(java, command)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));

      List<String> lines = ChildJvm.readAllWithJdkOnlyClient(host.pid(), "psutil4j", "heapTrim");

      List<String> errors =
          lines.stream().filter(l -> l.startsWith("ERROR")).collect(Collectors.toList());
      assertEquals(List.of(), errors, "attributes that failed to read");
      assertTrue(
          lines.contains("ATTR psutil4j:type=Memory Total " + KernelFacts.memTotalBytes()),
          lines::toString);
      assertTrue(lines.contains("ATTR psutil4j:type=Process Pid " + host.pid()), lines::toString);
      assertTrue(lines.contains("ATTR psutil4j:type=Process HeapUsed null"), lines::toString);
      String trim =
          lines.stream()
              .filter(l -> l.startsWith("INVOKE heapTrim"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("heapTrim not invoked: " + lines));
      assertTrue(
          trim.startsWith("INVOKE heapTrim failed: ") && trim.contains("JNA"),
          () -> "heapTrim must fail saying native access is unavailable: " + trim);

      assertEquals(0, host.finish(30));
      assertEquals(List.of("host ready", "host done"), host.stdout());
      assertEquals(List.of(), host.stderr(), "nothing on the host's stderr");
    }
  }
}

package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.TestJdks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * heapTrim in a real host, invoked by a JDK-only JMX client: refused unless the agent's options
 * allow it; where allowed, it trims, or, on JDK 24+ without native access, refuses saying how to
 * enable it; and in every case the JDK prints nothing into the host (no restricted-method warning).
 */
class HeapTrimGateIT {
  /** The {@code INVOKE heapTrim ...} line, and the host's own stdout and stderr unchanged. */
  private static String invokeIn(List<String> jvmOptions, String agentOptions) throws Exception {
    return invokeIn(ChildJvm.java(), jvmOptions, agentOptions);
  }

  /** As above in a host of the JDK whose launcher is {@code java}. */
  private static String invokeIn(Path java, List<String> jvmOptions, String agentOptions)
      throws Exception {
    List<String> command = new ArrayList<>(jvmOptions);
    command.addAll(
        List.of(
            "-javaagent:" + ChildJvm.agentJar() + agentOptions,
            "-cp",
            ChildJvm.testClasses(),
            HostApp.class.getName()));
    try (ChildJvm host = ChildJvm.start(java, command)) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      List<String> lines = ChildJvm.readAllWithJdkOnlyClient(host.pid(), "psutil4j", "heapTrim");
      String trim =
          lines.stream()
              .filter(l -> l.startsWith("INVOKE heapTrim"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("heapTrim not invoked: " + lines));
      assertEquals(0, host.finish(30));
      assertEquals(List.of("host ready", "host done"), host.stdout());
      assertEquals(List.of(), host.stderr(), "the host's stderr after " + trim);
      return trim;
    }
  }

  @Test
  void refusedByDefault() throws Exception {
    String trim = invokeIn(List.of(), "");
    assertTrue(trim.startsWith("INVOKE heapTrim failed: ") && trim.contains("heapTrim=true"), trim);
  }

  /** Allowed, it trims where JNA loads without a word (before JDK 24), else says how to let it. */
  @Test
  void allowedItTrimsOnThisJdkOrSaysHowToEnableNativeAccess() throws Exception {
    String trim = invokeIn(List.of(), "=heapTrim=true");
    if (Runtime.version().feature() >= TestJdks.WARNS_FROM) {
      assertRefusedSayingHow(trim);
    } else {
      assertTrue(trim.contains("rssBefore="), trim);
    }
  }

  /**
   * On JDK 24+ (whatever JDK runs the build) without native access it refuses, saying how to enable
   * it, and the JDK prints nothing; with it, it trims.
   */
  @Test
  void onJdk24ItTrimsOnlyWithNativeAccessButNeverMakesTheJdkPrint() throws Exception {
    Path java = TestJdks.javaOf(TestJdks.WARNS_FROM, ChildJvm.java());
    assertRefusedSayingHow(invokeIn(java, List.of(), "=heapTrim=true"));
    String enabled =
        invokeIn(java, List.of("--enable-native-access=ALL-UNNAMED"), "=heapTrim=true");
    assertTrue(enabled.contains("rssBefore="), enabled);
  }

  private static void assertRefusedSayingHow(String trim) {
    assertTrue(
        trim.startsWith("INVOKE heapTrim failed: ")
            && trim.contains("--enable-native-access=ALL-UNNAMED"),
        trim);
  }
}

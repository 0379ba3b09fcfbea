package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  private static final boolean RESTRICTED = Runtime.version().feature() >= 24;

  /** The {@code INVOKE heapTrim ...} line, and the host's own stdout and stderr unchanged. */
  private static String invokeIn(List<String> jvmOptions, String agentOptions) throws Exception {
    List<String> command = new ArrayList<>(jvmOptions);
    command.addAll(
        List.of(
            "-javaagent:" + ChildJvm.agentJar() + agentOptions,
            "-cp",
            ChildJvm.testClasses(),
            HostApp.class.getName()));
    try (ChildJvm host = ChildJvm.start(command)) {
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

  @Test
  void allowedItTrimsOrSaysHowToEnableNativeAccessButNeverMakesTheJdkPrint() throws Exception {
    String trim = invokeIn(List.of(), "=heapTrim=true");
    if (RESTRICTED) {
      assertTrue(
          trim.startsWith("INVOKE heapTrim failed: ")
              && trim.contains("--enable-native-access=ALL-UNNAMED"),
          trim);
      String enabled = invokeIn(List.of("--enable-native-access=ALL-UNNAMED"), "=heapTrim=true");
      assertTrue(enabled.contains("rssBefore="), enabled);
    } else {
      assertTrue(trim.contains("rssBefore="), trim);
    }
  }
}

package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The terminal size the scripts cut lines to, as Python's shutil.get_terminal_size finds it. */
class TerminalTest {
  @Test
  void environmentThenTtyThenEightyByTwentyFour() {
    assertArrayEquals(new int[] {80, 24}, Terminal.size(Map.of(), null));
    assertArrayEquals(new int[] {132, 50}, Terminal.size(Map.of(), new int[] {132, 50}));
    assertArrayEquals(
        new int[] {100, 50},
        Terminal.size(Map.of("COLUMNS", "100", "LINES", "x"), new int[] {132, 50}));
    // a tty that reports 0x0 (a serial console) counts as no size
    assertArrayEquals(new int[] {80, 24}, Terminal.size(Map.of("COLUMNS", "-3"), new int[] {0, 0}));
  }

  @Test
  void cutCountsCodePoints() {
    assertEquals("ab", Terminal.cut("abc", 2));
    assertEquals("abc", Terminal.cut("abc", 80));
    assertEquals("a\uD83D\uDE00", Terminal.cut("a\uD83D\uDE00bc", 2));
  }

  /** A real terminal of 100 columns (script(1) gives the CLI a pty): ps rows are cut to 100. */
  @Test
  void psInATerminalIsCutToItsWidth() throws Exception {
    assumeTrue(Files.isExecutable(Paths.get("/usr/bin/script")), "util-linux script(1)");
    Process sleeper = new ProcessBuilder("sh", "-c", "sleep 60; : " + "y".repeat(300)).start();
    try {
      String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
      String cli =
          "stty cols 100 rows 30; exec "
              + java
              + " -cp "
              + System.getProperty("java.class.path")
              + " io.psutil4j.examples.Main ps";
      ProcessBuilder pb = new ProcessBuilder("script", "-qec", cli, "/dev/null");
      pb.environment().remove("COLUMNS");
      pb.environment().remove("LINES");
      pb.redirectErrorStream(true);
      Process p = pb.start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), out);
      // JDK 24+ warns when JNA loads (the jar's manifest allows native access; -cp does not)
      List<String> rows =
          out.lines()
              .map(l -> l.replace("\r", ""))
              .skip(1)
              .filter(l -> !l.startsWith("WARNING: "))
              .collect(Collectors.toList());
      String row =
          rows.stream()
              .filter(l -> l.contains(" " + sleeper.pid() + " "))
              .findFirst()
              .orElseThrow(() -> new AssertionError(out));
      assertEquals(100, row.length(), row);
      assertTrue(rows.stream().allMatch(l -> l.length() <= 100), String.join("\n", rows));
    } finally {
      sleeper.destroyForcibly();
      sleeper.waitFor(10, TimeUnit.SECONDS);
    }
  }
}

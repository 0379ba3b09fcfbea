package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** psutil's cmdline splitting rules (psutil #1179 for processes that rewrite their title). */
class CmdlineTest {
  private static List<String> split(String raw) {
    return Cmdline.split(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void nulSeparatedWithTrailingNul() {
    assertEquals(List.of("foo", "bar"), split("foo\0bar\0"));
    assertEquals(List.of("foo", "bar", ""), split("foo\0bar\0\0"));
  }

  @Test
  void spaceSeparatedWhenTheTitleWasRewritten() {
    assertEquals(List.of("foo", "bar"), split("foo bar "));
    assertEquals(List.of("foo", "bar", ""), split("foo bar  "));
    assertEquals(List.of("nginx:", "worker", "process"), split("nginx: worker process\0"));
  }

  @Test
  void emptyFileIsNoArguments() {
    assertEquals(List.of(), split(""));
  }
}

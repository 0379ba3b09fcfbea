package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** psutil's cmdline separator rules (#1179) and environ rules, and lossless decoding. */
class CmdlineTest {
  private static List<String> split(String raw) {
    return Cmdline.split(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void separatorVariantsFromPsutilsMocks() {
    assertEquals(Arrays.asList("foo", "bar"), split("foo\0bar\0"));
    assertEquals(Arrays.asList("foo", "bar", ""), split("foo\0bar\0\0"));
    assertEquals(Arrays.asList("foo", "bar"), split("foo bar "));
    assertEquals(Arrays.asList("foo", "bar", ""), split("foo bar  "));
    assertEquals(Arrays.asList("foo", "bar"), split("foo bar\0"));
    assertEquals(List.of(), split(""));
  }

  @Test
  void invalidUtf8BytesAreSurrogateEscapedAsPythonDoes() {
    // expected values are Python's bytes.decode("utf-8", "surrogateescape") of the same bytes
    byte[] raw = {'a', (byte) 0xff, (byte) 0xfe, 0, 'h', (byte) 0xc3, (byte) 0xa9, 0};
    List<String> args = Cmdline.split(raw);
    assertEquals("a\udcff\udcfe", args.get(0));
    assertEquals("h\u00e9", args.get(1)); // valid UTF-8 stays UTF-8
    assertArrayEquals(new byte[] {'a', (byte) 0xff, (byte) 0xfe}, Cmdline.splitBytes(raw).get(0));
    // a truncated sequence, then an encoded surrogate (invalid in UTF-8): every byte escaped
    byte[] odd = {(byte) 0xe2, (byte) 0x82, 'A', (byte) 0xed, (byte) 0xa0, (byte) 0x80};
    assertEquals("\udce2\udc82A\udced\udca0\udc80", Cmdline.decode(odd, 0, odd.length));
    byte[] euro = {'x', (byte) 0xe2, (byte) 0x82, (byte) 0xac, 'y'};
    assertEquals("\u20acy", Cmdline.decode(euro, 1, 4)); // offset and length respected
  }

  @Test
  void environStopsAtEmptyEntrySkipsKeylessAndLastDuplicateWins() {
    byte[] raw = "A=1\0noequals\0=empty\0B=x=y\0A=2\0\0C=3\0".getBytes(StandardCharsets.UTF_8);
    Map<String, String> env = Cmdline.environ(raw);
    assertEquals(Map.of("A", "2", "B", "x=y"), env);
  }
}

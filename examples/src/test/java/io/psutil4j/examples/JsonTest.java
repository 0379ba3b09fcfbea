package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {
  private static String quoted(String s) {
    StringBuilder out = new StringBuilder();
    Json.appendString(out, s);
    return out.toString();
  }

  @Test
  void loneSurrogatesAreEscapedAsPythonJsonDumpsDoes() {
    // json.dumps("a\udcffb") == '"a\\udcffb"': the escaped byte survives the trip through UTF-8
    assertEquals("\"a\\udcffb\"", quoted("a\udcffb"));
    assertEquals("\"\\ud83d\"", quoted("\ud83d"));
  }

  @Test
  void validPairsAndControlsAreWrittenAsBefore() {
    assertEquals("\"\ud83d\ude00\"", quoted("\ud83d\ude00"));
    assertEquals("\"\\u0001\\n\\\"\"", quoted("\u0001\n\""));
  }
}

package io.psutil4j.linux.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteCursorTest {
  private static ByteCursor cursor(String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return new ByteCursor("test", b, b.length);
  }

  @Test
  void readsNumbersAndMatchesPrefixesInPlace() {
    ByteCursor c = cursor("MemTotal:   16314300 kB\nMemFree: 12 kB\n");
    assertTrue(c.match("MemTotal:".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(16314300, c.nextLong());
    c.skipLine();
    assertFalse(c.match("MemTotal:".getBytes(StandardCharsets.US_ASCII)));
    assertEquals(2, c.line());
  }

  @Test
  void unsignedKernelWordsKeepTheirBits() {
    assertEquals(-1L, cursor("18446744073709551615").nextWord());
    assertEquals(-20L, cursor("-20").nextWord());
    assertThrows(ParseException.class, () -> cursor("18446744073709551616").nextWord());
    // either side of where the exact overflow test starts, and of 2^63
    assertEquals(1844674407370955160L, cursor("1844674407370955160").nextWord());
    assertEquals(-6L, cursor("18446744073709551610").nextWord());
    assertEquals(Long.MIN_VALUE, cursor("9223372036854775808").nextWord());
    assertThrows(ParseException.class, () -> cursor("18446744073709551620").nextWord());
    assertThrows(ParseException.class, () -> cursor("99999999999999999999").nextWord());
    assertThrows(ParseException.class, () -> cursor("184467440737095516150").nextWord());
  }

  @Test
  void signedDecimalsStopAt63Bits() {
    assertEquals(Long.MAX_VALUE, cursor("9223372036854775807").nextLong());
    assertEquals(922337203685477579L, cursor("922337203685477579").nextLong());
    assertEquals(9223372036854775799L, cursor("9223372036854775799").nextLong());
    assertThrows(ParseException.class, () -> cursor("9223372036854775808").nextLong());
    assertThrows(ParseException.class, () -> cursor("92233720368547758070").nextLong());
  }

  @Test
  void aNumberThatOverflowsNamesLineAndToken() {
    ByteCursor c = cursor("a 1\nMemFree: 99999999999999999999 kB\n");
    c.skipLine();
    c.skipPast((byte) ':');
    ParseException e = assertThrows(ParseException.class, c::nextLong);
    assertEquals(2, e.line());
    assertEquals("99999999999999999999", e.token());
    assertTrue(e.getMessage().startsWith("test:2:"), e.getMessage());
  }

  @Test
  void decimalsWithFractions() {
    ByteCursor c = cursor("0.52 12.05 3");
    assertEquals(0.52, c.nextDouble(), 1e-12);
    assertEquals(12.05, c.nextDouble(), 1e-12);
    assertEquals(3.0, c.nextDouble(), 1e-12);
    assertThrows(ParseException.class, () -> cursor("1.2.3").nextDouble());
  }

  @Test
  void decimalTextsAnswerTheirValueOrSayWhyNot() {
    assertEquals(0, ByteCursor.decimal("0"));
    assertEquals(Long.MAX_VALUE, ByteCursor.decimal("9223372036854775807"));
    assertEquals(ByteCursor.OVERFLOW, ByteCursor.decimal("9223372036854775808"));
    assertEquals(ByteCursor.NOT_DECIMAL, ByteCursor.decimal(""));
    assertEquals(ByteCursor.NOT_DECIMAL, ByteCursor.decimal("12a"));
    assertEquals(ByteCursor.NOT_DECIMAL, ByteCursor.decimal("-1"));
    byte[] line = "uid:1000:x".getBytes(StandardCharsets.US_ASCII);
    assertEquals(1000, ByteCursor.decimal(line, 4, 8));
    assertEquals(ByteCursor.NOT_DECIMAL, ByteCursor.decimal(line, 4, 4));
    assertEquals(ByteCursor.NOT_DECIMAL, ByteCursor.decimal(line, 4, 9));
  }

  @Test
  void aKeyTableGivesTheIndexOfTheKeyAtTheCursor() {
    byte[][] table =
        ByteCursor.keyTable(List.of("Max realtime priority ", "Max realtime timeout "));
    ByteCursor c = cursor("Max realtime timeout 5\nOther 1\n");
    assertEquals(1, c.matchKey(table));
    assertEquals(5, c.nextLong());
    c.skipLine();
    assertEquals(-1, c.matchKey(table));
    assertEquals("Other", c.nextToken());
  }
}

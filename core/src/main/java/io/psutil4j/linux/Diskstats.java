package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/diskstats: per-device counters, told apart by the number of fields as psutil does: 14 or
 * 18+ (2.6+; 4.18 added discard and 5.5 flush fields), 15 (psutil's 2.4-era form, reads before the
 * name), 7 (a partition on early 2.6: reads, sectors, writes, sectors only). Any other count is an
 * error. Values come out in psutil's {@code sdiskio} order with sectors still in 512-byte units.
 */
final class Diskstats {
  /** Index of each counter in a row: psutil's sdiskio order, sectors not yet made bytes. */
  public static final int READS = 0;

  public static final int WRITES = 1;
  public static final int READ_SECTORS = 2;
  public static final int WRITE_SECTORS = 3;
  public static final int READ_MS = 4;
  public static final int WRITE_MS = 5;
  public static final int READ_MERGED = 6;
  public static final int WRITE_MERGED = 7;
  public static final int BUSY_MS = 8;

  private static final int MAX_FIELDS = 64;

  private Diskstats() {}

  /** Device name to its 9 counters, in file order. */
  public static Map<String, long[]> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    Map<String, long[]> out = new LinkedHashMap<>();
    String[] tokens = new String[MAX_FIELDS];
    while (!c.atEnd()) {
      int n = 0;
      c.skipSpaces();

      while (!c.atEndOfLine()) {
        if (n == MAX_FIELDS) {
          throw c.error("too many fields");
        }
        tokens[n++] = c.nextToken();
        c.skipSpaces();
      }
      if (n == 0) {
        c.skipLine();
        continue;
      }
      long[] v = new long[9];
      String name;
      if (n == 15) {
        name = tokens[3];
        v[READS] = number(c, tokens[2]);
        classic(c, tokens, 4, v);
      } else if (n == 14 || n >= 18) {
        name = tokens[2];
        v[READS] = number(c, tokens[3]);
        classic(c, tokens, 4, v);
      } else if (n == 7) {
        name = tokens[2];
        v[READS] = number(c, tokens[3]);
        v[READ_SECTORS] = number(c, tokens[4]);
        v[WRITES] = number(c, tokens[5]);
        v[WRITE_SECTORS] = number(c, tokens[6]);
      } else {
        throw new ParseException(
            file, c.line(), tokens[0], "unexpected diskstats line of " + n + " fields");
      }
      out.put(name, v);
      c.skipLine();
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Tokens from {@code at}: read merged, read sectors, read ms, writes, write merged, write
   * sectors, write ms, in flight (unused), io ticks.
   */
  private static void classic(ByteCursor c, String[] t, int at, long[] v) {
    v[READ_MERGED] = number(c, t[at]);
    v[READ_SECTORS] = number(c, t[at + 1]);
    v[READ_MS] = number(c, t[at + 2]);
    v[WRITES] = number(c, t[at + 3]);
    v[WRITE_MERGED] = number(c, t[at + 4]);
    v[WRITE_SECTORS] = number(c, t[at + 5]);
    v[WRITE_MS] = number(c, t[at + 6]);
    v[BUSY_MS] = number(c, t[at + 8]);
  }

  private static long number(ByteCursor c, String token) {
    long v = ByteCursor.decimal(token);
    if (v == ByteCursor.OVERFLOW) {
      throw new ParseException(c.file(), c.line(), token, "counter overflows 64 bits");
    }
    if (v < 0) {
      throw new ParseException(c.file(), c.line(), token, "expected a counter");
    }
    return v;
  }
}

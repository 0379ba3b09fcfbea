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

  /**
   * Device name to its 9 counters, in file order. Each line's tokens are kept as positions, and
   * only the name is made a String: the numbers are read from the bytes.
   */
  public static Map<String, long[]> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    Map<String, long[]> out = new LinkedHashMap<>();
    Tokens t = new Tokens(c, buf);
    while (!c.atEnd()) {
      int n = t.readLine();
      if (n == 0) {
        c.skipLine();
        continue;
      }
      long[] v = new long[9];
      String name;
      if (n == 15) {
        name = t.text(3);
        v[READS] = t.number(2);
        classic(t, 4, v);
      } else if (n == 14 || n >= 18) {
        name = t.text(2);
        v[READS] = t.number(3);
        classic(t, 4, v);
      } else if (n == 7) {
        name = t.text(2);
        v[READS] = t.number(3);
        v[READ_SECTORS] = t.number(4);
        v[WRITES] = t.number(5);
        v[WRITE_SECTORS] = t.number(6);
      } else {
        throw new ParseException(
            file, c.line(), t.text(0), "unexpected diskstats line of " + n + " fields");
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
  private static void classic(Tokens t, int at, long[] v) {
    v[READ_MERGED] = t.number(at);
    v[READ_SECTORS] = t.number(at + 1);
    v[READ_MS] = t.number(at + 2);
    v[WRITES] = t.number(at + 3);
    v[WRITE_MERGED] = t.number(at + 4);
    v[WRITE_SECTORS] = t.number(at + 5);
    v[WRITE_MS] = t.number(at + 6);
    v[BUSY_MS] = t.number(at + 8);
  }

  /** The blank-separated tokens of the current line, as start and end positions in the bytes. */
  private static final class Tokens {
    private final ByteCursor c;
    private final byte[] buf;
    private final int[] starts = new int[MAX_FIELDS];
    private final int[] ends = new int[MAX_FIELDS];

    Tokens(ByteCursor c, byte[] buf) {
      this.c = c;
      this.buf = buf;
    }

    /** Reads the line's tokens, leaving the cursor at its end; how many there are. */
    int readLine() {
      int n = 0;
      c.skipSpaces();
      while (!c.atEndOfLine()) {
        if (n == MAX_FIELDS) {
          throw c.error("too many fields");
        }
        starts[n] = c.position();
        c.skipToken();
        ends[n++] = c.position();
        c.skipSpaces();
      }
      return n;
    }

    String text(int i) {
      return c.text(starts[i], ends[i]);
    }

    long number(int i) {
      long v = ByteCursor.decimal(buf, starts[i], ends[i]);
      if (v == ByteCursor.OVERFLOW) {
        throw new ParseException(c.file(), c.line(), text(i), "counter overflows 64 bits");
      }
      if (v < 0) {
        throw new ParseException(c.file(), c.line(), text(i), "expected a counter");
      }
      return v;
    }
  }
}

package io.psutil4j.linux.parse;

import java.nio.charset.StandardCharsets;

/**
 * /proc/PID/io ({@code key: value} lines, CONFIG_TASK_IO_ACCOUNTING). Every key psutil uses must be
 * there: psutil raises ValueError for a missing one, we raise {@link ParseException}.
 */
public final class PidIo {
  /** The keys kept, in the order of {@link #values()}. */
  private static final String[] KEYS = {
    "syscr:", "syscw:", "read_bytes:", "write_bytes:", "rchar:", "wchar:"
  };

  private static final byte[][] PREFIXES = new byte[KEYS.length][];

  static {
    for (int i = 0; i < KEYS.length; i++) {
      PREFIXES[i] = KEYS[i].getBytes(StandardCharsets.US_ASCII);
    }
  }

  private PidIo() {}

  /**
   * Returns syscr, syscw, read_bytes, write_bytes, rchar and wchar, in that order (psutil's pio
   * order: read_count, write_count, read_bytes, write_bytes, read_chars, write_chars).
   */
  public static long[] parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    if (len == 0) {
      throw c.error("empty file");
    }
    long[] values = new long[KEYS.length];
    boolean[] seen = new boolean[KEYS.length];
    while (!c.atEnd()) {
      for (int i = 0; i < KEYS.length; i++) {
        if (c.match(PREFIXES[i])) {
          values[i] = c.nextLong();
          seen[i] = true;
          break;
        }
      }
      c.skipLine();
    }
    for (int i = 0; i < KEYS.length; i++) {
      if (!seen[i]) {
        throw new ParseException(file, c.line(), KEYS[i], "line missing");
      }
    }
    return values;
  }
}

package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.util.List;

/**
 * /proc/PID/io ({@code key: value} lines, CONFIG_TASK_IO_ACCOUNTING). Every key psutil uses must be
 * there: psutil raises ValueError for a missing one, we raise {@link ParseException}.
 */
final class PidIo {
  /** The keys kept, in the order of the values {@link #parse} returns. */
  private static final String[] KEYS = {
    "syscr:", "syscw:", "read_bytes:", "write_bytes:", "rchar:", "wchar:"
  };

  private static final byte[][] PREFIXES = ByteCursor.keyTable(List.of(KEYS));

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
      int i = c.matchKey(PREFIXES);
      if (i >= 0) {
        values[i] = c.nextLong();
        seen[i] = true;
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

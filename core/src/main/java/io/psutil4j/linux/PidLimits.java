package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * /proc/PID/limits: one row per resource, {@code <title padded to 26> <soft> <hard> [units]}, the
 * limits a number or {@code unlimited}. Rows are found by the kernel's titles (fs/proc/base.c
 * lnames), in resource-number order; a row missing on an old kernel reads as absent.
 */
final class PidLimits {
  /** The row titles, indexed by the kernel's RLIMIT_* number (generic architectures). */
  private static final String[] TITLES = {
    "Max cpu time",
    "Max file size",
    "Max data size",
    "Max stack size",
    "Max core file size",
    "Max resident set",
    "Max processes",
    "Max open files",
    "Max locked memory",
    "Max address space",
    "Max file locks",
    "Max pending signals",
    "Max msgqueue size",
    "Max nice priority",
    "Max realtime priority",
    "Max realtime timeout"
  };

  // The title is padded with blanks: match it with one blank so that "Max realtime priority" is
  // not taken for a prefix of another row.
  private static final byte[][] PREFIXES =
      ByteCursor.keyTable(Stream.of(TITLES).map(t -> t + " ").collect(Collectors.toList()));
  private static final byte[] UNLIMITED = "unlimited".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEADER = "Limit ".getBytes(StandardCharsets.US_ASCII);

  private final long[] soft;
  private final long[] hard;
  private final boolean[] present;

  private PidLimits(long[] soft, long[] hard, boolean[] present) {
    this.soft = soft;
    this.hard = hard;
    this.present = present;
  }

  public static PidLimits parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    if (!c.match(HEADER)) {
      throw c.error("expected the 'Limit' header");
    }
    c.skipLine();
    long[] soft = new long[TITLES.length];
    long[] hard = new long[TITLES.length];
    boolean[] present = new boolean[TITLES.length];
    while (!c.atEnd()) {
      int i = c.matchKey(PREFIXES);
      if (i >= 0) {
        soft[i] = limit(c);
        hard[i] = limit(c);
        present[i] = true;
      }
      c.skipLine();
    }
    return new PidLimits(soft, hard, present);
  }

  private static long limit(ByteCursor c) {
    c.skipSpaces();
    if (c.match(UNLIMITED)) {
      return -1;
    }
    return c.nextLong();
  }

  /** Whether the row of this RLIMIT_* number is there. */
  public boolean has(int resource) {
    return resource >= 0 && resource < present.length && present[resource];
  }

  /** The soft limit, -1 for unlimited. */
  public long soft(int resource) {
    return soft[resource];
  }

  /** The hard limit, -1 for unlimited. */
  public long hard(int resource) {
    return hard[resource];
  }
}

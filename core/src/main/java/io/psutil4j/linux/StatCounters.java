package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.nio.charset.StandardCharsets;

/**
 * The ctxt, intr and softirq lines of /proc/stat alone, psutil's cpu_stats(): the cpu lines are
 * skipped without being parsed, so the answer costs the same on 2 CPUs as on 200. A missing line
 * reads 0, as in {@link ProcStat}.
 */
final class StatCounters {
  private static final byte[] CTXT = "ctxt ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] INTR = "intr ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SOFTIRQ = "softirq ".getBytes(StandardCharsets.US_ASCII);

  private final long ctxt;
  private final long intr;
  private final long softirq;

  private StatCounters(long ctxt, long intr, long softirq) {
    this.ctxt = ctxt;
    this.intr = intr;
    this.softirq = softirq;
  }

  public static StatCounters parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    Tally tally = new Tally();
    while (!c.atEnd()) {
      tally.take(c);
      c.skipLine();
    }
    return tally.counters();
  }

  public long ctxt() {
    return ctxt;
  }

  public long intr() {
    return intr;
  }

  public long softirq() {
    return softirq;
  }

  /** The three lines as a parse of /proc/stat meets them: {@link ProcStat}'s and this class's. */
  static final class Tally {
    private long ctxt;
    private long intr;
    private long softirq;

    /**
     * Takes the counter at the cursor when its line is one of the three; false, unmoved, if not.
     */
    boolean take(ByteCursor c) {
      if (c.match(CTXT)) {
        ctxt = c.nextLong();
      } else if (c.match(INTR)) {
        intr = c.nextLong();
      } else if (c.match(SOFTIRQ)) {
        softirq = c.nextLong();
      } else {
        return false;
      }
      return true;
    }

    StatCounters counters() {
      return new StatCounters(ctxt, intr, softirq);
    }
  }
}

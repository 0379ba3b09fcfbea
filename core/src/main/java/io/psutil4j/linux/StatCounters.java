package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;

/**
 * The ctxt, intr and softirq lines of /proc/stat alone, psutil's cpu_stats(): the cpu lines are
 * skipped without being parsed, so the answer costs the same on 2 CPUs as on 200. A missing line
 * reads 0, as in {@link ProcStat}.
 */
final class StatCounters {
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
    long ctxt = 0;
    long intr = 0;
    long softirq = 0;
    while (!c.atEnd()) {
      if (c.match(ProcStat.CTXT)) {
        ctxt = c.nextLong();
      } else if (c.match(ProcStat.INTR)) {
        intr = c.nextLong();
      } else if (c.match(ProcStat.SOFTIRQ)) {
        softirq = c.nextLong();
      }
      c.skipLine();
    }
    return new StatCounters(ctxt, intr, softirq);
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
}

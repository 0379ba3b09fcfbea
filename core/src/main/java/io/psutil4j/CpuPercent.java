package io.psutil4j;

/**
 * psutil's CPU percentage arithmetic between two {@link CpuTimes} samples. Negative deltas are
 * clamped to 0 (steal and iowait can go backwards, psutil #1210); guest time is left out of the
 * total because user and nice already hold it; iowait counts as idle.
 */
public final class CpuPercent {
  private CpuPercent() {}

  /** {@code cpu_percent()} between two samples: busy share, 0-100, one decimal. */
  public static double between(CpuTimes before, CpuTimes after) {
    double[] delta = deltas(before, after);
    double total = total(delta);
    double busy = total - delta[2] - delta[4];
    if (total <= 0) {
      return 0.0;
    }
    return Math.min(100.0, Math.max(0.0, Fields.round1(busy / total * 100.0)));
  }

  /** Field-by-field deltas in psutil 8 order, negatives clamped to 0. */
  static double[] deltas(CpuTimes before, CpuTimes after) {
    double[] a = before.toArray();
    double[] b = after.toArray();
    double[] delta = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      delta[i] = Math.max(0.0, b[i] - a[i]);
    }
    return delta;
  }

  /** Sum of all deltas minus guest and guest_nice. */
  static double total(double[] delta) {
    double sum = 0;
    for (double d : delta) {
      sum += d;
    }
    return sum - delta[8] - delta[9];
  }

  /**
   * {@code cpu_times_percent()} between two samples: each mode's share of the elapsed CPU time,
   * 0-100, one decimal. Guest fields are still reported, so the fields can sum past 100.
   *
   * <p>psutil scales by {@code 100 / max(1, total)} with total in seconds, which under-reports
   * every field when less than one CPU-second elapsed (psutil bug #1586, fix PR #2413 unmerged). We
   * scale by {@code 100 / total}: identical to psutil whenever a second or more of CPU time elapsed
   * (every aggregate window of 1/ncpu s or longer), correct below it.
   */
  public static CpuTimes timesPercent(CpuTimes before, CpuTimes after) {
    double[] delta = deltas(before, after);
    double total = total(delta);
    double scale = total > 0 ? 100.0 / total : 0.0;
    double[] out = new double[delta.length];
    for (int i = 0; i < delta.length; i++) {
      out[i] = Math.min(100.0, Math.max(0.0, Fields.round1(delta[i] * scale)));
    }
    return CpuTimes.of(out);
  }
}

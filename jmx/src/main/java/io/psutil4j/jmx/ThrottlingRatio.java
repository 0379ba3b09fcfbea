package io.psutil4j.jmx;

import io.psutil4j.CgroupCpu;
import org.jspecify.annotations.Nullable;

/**
 * The share of the group's CPU periods throttled between two readings: nr_throttled / nr_periods of
 * the deltas, as cAdvisor's container_cpu_cfs_throttled_periods_total over
 * container_cpu_cfs_periods_total.
 */
final class ThrottlingRatio {
  /** Counts of the previous reading, -1 before one saw periods; guarded by {@code this}. */
  private long previousPeriods = -1;

  private long previousThrottled = -1;

  /**
   * The ratio since the previous call; null until two readings saw periods, when none passed, or
   * when the counters went back (another group).
   */
  synchronized @Nullable Double next(CgroupCpu cpu) {
    if (!cpu.nrPeriods().isPresent() || !cpu.nrThrottled().isPresent()) {
      return null;
    }
    long periods = cpu.nrPeriods().getAsLong();
    long throttled = cpu.nrThrottled().getAsLong();
    Double ratio = null;
    if (previousPeriods >= 0 && periods > previousPeriods && throttled >= previousThrottled) {
      ratio = (double) (throttled - previousThrottled) / (periods - previousPeriods);
    }
    previousPeriods = periods;
    previousThrottled = throttled;
    return ratio;
  }
}

package io.psutil4j.spi;

import io.psutil4j.CpuStats;
import io.psutil4j.CpuTimes;

/** cpu_times() and cpu_stats() taken from one reading of the kernel, for callers needing both. */
public final class CpuTimesAndStats {
  private final CpuTimes times;
  private final CpuStats stats;

  public CpuTimesAndStats(CpuTimes times, CpuStats stats) {
    this.times = times;
    this.stats = stats;
  }

  public CpuTimes times() {
    return times;
  }

  public CpuStats stats() {
    return stats;
  }
}

package io.psutil4j.jmx;

import io.psutil4j.CpuPercent;
import io.psutil4j.CpuStats;
import io.psutil4j.CpuTimes;
import io.psutil4j.spi.CpuTimesAndStats;
import io.psutil4j.spi.Platform;
import org.jspecify.annotations.Nullable;

/**
 * The Cpu MBean's /proc/stat reading: the times and stats of one read, and the busy percent between
 * it and the previous read (psutil's {@code cpu_percent()} with no interval).
 */
final class CpuBusy {
  final CpuTimes times;
  final CpuStats stats;
  final double percent;

  private CpuBusy(CpuTimes times, CpuStats stats, double percent) {
    this.times = times;
    this.stats = stats;
    this.percent = percent;
  }

  /** Reads /proc/stat once per call; called by one Snapshot, one refresh at a time. */
  static final class Reader {
    private final Platform platform;
    private @Nullable CpuTimes previous;

    /** Takes the first sample now, so the first reading's percent covers a real interval. */
    Reader(Platform platform) {
      this.platform = platform;
      try {
        this.previous = platform.cpuTimes();
      } catch (RuntimeException e) {
        this.previous = null;
      }
    }

    CpuBusy read() {
      CpuTimesAndStats sample = platform.cpuTimesAndStats(); // one /proc/stat for both
      CpuTimes now = sample.times();
      double percent = previous == null ? 0.0 : CpuPercent.between(previous, now);
      previous = now;
      return new CpuBusy(now, sample.stats(), percent);
    }
  }
}

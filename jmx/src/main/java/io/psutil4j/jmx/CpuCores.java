package io.psutil4j.jmx;

import io.psutil4j.CpuFreq;
import io.psutil4j.CpuPercent;
import io.psutil4j.CpuTimes;
import io.psutil4j.spi.Platform;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The per-CPU reading: times, busy percent since the previous reading, and frequency. */
final class CpuCores {
  /** One logical CPU; freq is null without cpufreq. */
  static final class Core {
    final CpuTimes times;
    final Double percent;
    final @Nullable CpuFreq freq;

    Core(CpuTimes times, Double percent, @Nullable CpuFreq freq) {
      this.times = times;
      this.percent = percent;
      this.freq = freq;
    }
  }

  private final Platform platform;
  private Map<Integer, CpuTimes> previous = Collections.emptyMap();

  CpuCores(Platform platform) {
    this.platform = platform;
  }

  /**
   * Each online CPU as {@code cpuN}, N the kernel's number, so a CPU taken offline leaves the
   * others' names as they were. Called by one Snapshot refresh at a time.
   */
  Map<String, Core> read(EntitySelector selector) {
    Map<Integer, CpuTimes> now = platform.cpuTimesPercpuByNumber();
    List<CpuFreq> freqs;
    try {
      freqs = platform.cpuFreqPercpu();
    } catch (RuntimeException e) {
      freqs = Collections.emptyList();
    }
    Map<String, Core> all = new LinkedHashMap<>();
    int position = 0;
    for (Map.Entry<Integer, CpuTimes> e : now.entrySet()) {
      CpuTimes times = e.getValue();
      CpuTimes before = previous.get(e.getKey());
      double percent = before != null ? CpuPercent.between(before, times) : 0.0;
      // cpu_freq lists the online CPUs in CPU order, as /proc/stat does
      CpuFreq freq = position < freqs.size() ? freqs.get(position) : null;
      position++;
      all.put("cpu" + e.getKey(), new Core(times, percent, freq));
    }
    previous = now;
    return Entities.chosen(all, selector);
  }
}

package io.psutil4j.jmx;

import io.psutil4j.CpuFreq;
import io.psutil4j.CpuPercent;
import io.psutil4j.CpuTimes;
import io.psutil4j.spi.Platform;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-CPU reading: times, busy percent since the previous reading, and frequency. */
final class CpuCores {
  /** One logical CPU; freq is null without cpufreq. */
  static final class Core {
    CpuTimes times;
    Double percent;
    CpuFreq freq;
  }

  private final Platform platform;
  private List<CpuTimes> previous = Collections.emptyList();

  CpuCores(Platform platform) {
    this.platform = platform;
  }

  /** Called by one Snapshot only, under its lock. */
  Map<String, Core> read() {
    List<CpuTimes> now = platform.cpuTimesPercpu();
    List<CpuFreq> freqs;
    try {
      freqs = platform.cpuFreqPercpu();
    } catch (RuntimeException e) {
      freqs = Collections.emptyList();
    }
    Map<String, Core> out = new LinkedHashMap<>();
    for (int i = 0; i < now.size(); i++) {
      Core c = new Core();
      c.times = now.get(i);
      c.percent = i < previous.size() ? CpuPercent.between(previous.get(i), c.times) : 0.0;
      c.freq = i < freqs.size() ? freqs.get(i) : null;
      out.put("cpu" + i, c);
    }
    previous = now;
    return out;
  }
}

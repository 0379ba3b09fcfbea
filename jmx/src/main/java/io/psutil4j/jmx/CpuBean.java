package io.psutil4j.jmx;

import io.psutil4j.CpuFreq;
import io.psutil4j.CpuPercent;
import io.psutil4j.CpuStats;
import io.psutil4j.CpuTimes;
import io.psutil4j.LoadAverage;
import io.psutil4j.spi.CpuTimesAndStats;
import io.psutil4j.spi.Platform;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/** Reads cpu_times, cpu_count and getloadavg once per refresh for every Cpu attribute. */
final class CpuBean implements CpuMXBean {
  /** One refresh: the times, the busy share since the previous refresh, and the load. */
  private static final class Reading {
    final CpuTimes times;
    final double percent;
    final LoadAverage load;
    final OptionalInt logical;
    final OptionalInt physical;
    CpuStats stats;
    CpuFreq freq;

    Reading(
        CpuTimes times,
        double percent,
        LoadAverage load,
        OptionalInt logical,
        OptionalInt physical) {
      this.times = times;
      this.percent = percent;
      this.load = load;
      this.logical = logical;
      this.physical = physical;
    }
  }

  private final Platform platform;
  private final Snapshot<Reading> snapshot;
  private CpuTimes previous;

  CpuBean(Platform platform, long cacheMillis) {
    this.platform = platform;
    this.previous = safeTimes(platform);
    this.snapshot = new Snapshot<>(this::read, cacheMillis);
  }

  private static CpuTimes safeTimes(Platform platform) {
    try {
      return platform.cpuTimes();
    } catch (RuntimeException e) {
      return null;
    }
  }

  private Reading read() {
    CpuTimesAndStats sample = platform.cpuTimesAndStats(); // one /proc/stat for both
    CpuTimes now = sample.times();
    double percent = previous == null ? 0.0 : CpuPercent.between(previous, now);
    previous = now;
    Reading r =
        new Reading(
            now,
            percent,
            platform.loadAverage(),
            platform.cpuCountLogical(),
            platform.cpuCountPhysical());
    r.stats = sample.stats();
    readFreq(r);
    return r;
  }

  /** cpu_freq may fail alone (no cpufreq in a VM) without hiding the rest. */
  private void readFreq(Reading r) {
    try {
      r.freq = CpuFreq.average(platform.cpuFreqPercpu()).orElse(null);
    } catch (RuntimeException e) {
      r.freq = null;
    }
  }

  private <R> R get(Function<Reading, R> field) {
    Reading r = snapshot.get();
    return r == null ? null : field.apply(r);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  @Override
  public Integer getLogicalCount() {
    return get(r -> boxed(r.logical));
  }

  @Override
  public Integer getPhysicalCount() {
    return get(r -> boxed(r.physical));
  }

  @Override
  public Double getPercent() {
    return get(r -> r.percent);
  }

  @Override
  public Double getUser() {
    return get(r -> r.times.user());
  }

  @Override
  public Double getSystem() {
    return get(r -> r.times.system());
  }

  @Override
  public Double getIdle() {
    return get(r -> r.times.idle());
  }

  @Override
  public Double getNice() {
    return get(r -> r.times.nice());
  }

  @Override
  public Double getIowait() {
    return get(r -> r.times.iowait());
  }

  @Override
  public Double getIrq() {
    return get(r -> r.times.irq());
  }

  @Override
  public Double getSoftirq() {
    return get(r -> r.times.softirq());
  }

  @Override
  public Double getSteal() {
    return get(r -> r.times.steal());
  }

  @Override
  public Double getGuest() {
    return get(r -> r.times.guest());
  }

  @Override
  public Double getGuestNice() {
    return get(r -> r.times.guestNice());
  }

  @Override
  public Double getLoad1() {
    return get(r -> r.load.load1());
  }

  @Override
  public Double getLoad5() {
    return get(r -> r.load.load5());
  }

  @Override
  public Double getLoad15() {
    return get(r -> r.load.load15());
  }

  private <R> R stats(Function<CpuStats, R> field) {
    return get(r -> r.stats == null ? null : field.apply(r.stats));
  }

  private Double freq(Function<CpuFreq, Optional<Double>> field) {
    return get(r -> r.freq == null ? null : field.apply(r.freq).orElse(null));
  }

  @Override
  public Long getCtxSwitches() {
    return stats(CpuStats::ctxSwitches);
  }

  @Override
  public Long getInterrupts() {
    return stats(CpuStats::interrupts);
  }

  @Override
  public Long getSoftInterrupts() {
    return stats(CpuStats::softInterrupts);
  }

  @Override
  public Long getSyscalls() {
    return stats(CpuStats::syscalls);
  }

  @Override
  public Double getFreqCurrent() {
    return freq(f -> Optional.of(f.current()));
  }

  @Override
  public Double getFreqMin() {
    return freq(CpuFreq::min);
  }

  @Override
  public Double getFreqMax() {
    return freq(CpuFreq::max);
  }
}

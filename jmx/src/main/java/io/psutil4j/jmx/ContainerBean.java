package io.psutil4j.jmx;

import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupIo;
import io.psutil4j.CgroupMemory;
import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.PsiLine;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JVM's own cgroup, read once per refresh for every attribute. Each refresh also computes the
 * throttled share of the periods since the previous refresh and checks the memory, throttling and
 * pressure thresholds (see {@link Alerts}: notifications are sent by refreshes, that is when a
 * client reads).
 */
final class ContainerBean implements ContainerMXBean {
  /** One refresh: the group, and what is derived from it and the refresh before. */
  private static final class Reading {
    final CgroupInfo info;
    final @Nullable String path;
    final @Nullable Double throttledRatio;
    final @Nullable Double memoryPercent;
    MemoryHeadroom.@Nullable Figures headroom;
    @Nullable Long openFiles;
    @Nullable Long openFilesLimit;

    Reading(CgroupInfo info, @Nullable Double throttledRatio) {
      this.info = info;
      String unified = info.paths().get("unified");
      this.path = unified != null ? unified : info.paths().get("memory");
      this.throttledRatio = throttledRatio;
      this.memoryPercent = info.memory().map(ContainerBean::percentOfLimit).orElse(null);
    }
  }

  private final Supplier<CgroupInfo> reader;
  private final Supplier<Long> openFiles;
  private final Supplier<Long> openFilesLimit;
  private final Supplier<Long> processRss;
  private final MemoryHeadroom headroom;
  private final JmxConfig config;
  private final Alerts alerts;
  private final Snapshot<Reading> snapshot;
  private long previousPeriods = -1;
  private long previousThrottled = -1;

  /**
   * Reads the group once to take the counts its OOM and limit events are counted from.
   *
   * @param openFiles this JVM's open descriptors, and {@code openFilesLimit} its soft RLIMIT_NOFILE
   *     (null when unlimited); {@code processRss} this JVM's resident set size; each may throw or
   *     return null when unknown
   */
  ContainerBean(
      Supplier<CgroupInfo> reader,
      Supplier<Long> openFiles,
      Supplier<Long> openFilesLimit,
      Supplier<Long> processRss,
      JmxConfig config,
      Alerts alerts) {
    this.reader = reader;
    this.openFiles = openFiles;
    this.openFilesLimit = openFilesLimit;
    this.processRss = processRss;
    this.config = config;
    this.alerts = alerts;
    this.headroom = new MemoryHeadroom(alerts);
    this.snapshot = new Snapshot<>(this::read, config.cacheMillis());
    try {
      reader.get().memory().ifPresent(headroom::start);
    } catch (RuntimeException unreadable) {
      // no group to read now: events count from the first refresh that reads one
    }
  }

  /** Runs under the snapshot's lock, so the previous counters are never read concurrently. */
  private Reading read() {
    CgroupInfo info = reader.get();
    Double ratio = null;
    Optional<CgroupCpu> cpu = info.cpu();
    if (cpu.isPresent()
        && cpu.get().nrPeriods().isPresent()
        && cpu.get().nrThrottled().isPresent()) {
      long periods = cpu.get().nrPeriods().getAsLong();
      long throttled = cpu.get().nrThrottled().getAsLong();
      if (previousPeriods >= 0 && periods > previousPeriods && throttled >= previousThrottled) {
        ratio = (double) (throttled - previousThrottled) / (periods - previousPeriods);
      }
      previousPeriods = periods;
      previousThrottled = throttled;
    }
    Reading r = new Reading(info, ratio);
    alerts.check(
        Alerts.MEMORY_NEAR_LIMIT,
        r.memoryPercent,
        config.memoryNearLimitPercent(),
        "memory usage, percent of the cgroup limit,");
    alerts.check(
        Alerts.CPU_THROTTLED,
        ratio,
        config.throttledRatio(),
        "share of CPU periods throttled since the last read");
    Long rss = quietly(processRss);
    r.headroom = info.memory().map(m -> headroom.refresh(m, rss)).orElse(null);
    r.openFiles = quietly(openFiles);
    r.openFilesLimit = quietly(openFilesLimit);
    if (r.openFiles != null && r.openFilesLimit != null && r.openFilesLimit > 0) {
      alerts.check(
          Alerts.OPEN_FILES_NEAR_LIMIT,
          100.0 * r.openFiles / r.openFilesLimit,
          config.openFilesNearLimitPercent(),
          "open file descriptors, percent of RLIMIT_NOFILE,");
    }
    Optional<PressureInfo> psi = info.pressure();
    if (psi.isPresent()) {
      double t = config.pressureSomeAvg10Percent();
      alerts.check(
          Alerts.GROUP_PRESSURE + ".cpu",
          PsiValues.someAvg10(psi.get().cpu()),
          t,
          "cgroup CPU pressure");
      alerts.check(
          Alerts.GROUP_PRESSURE + ".memory",
          PsiValues.someAvg10(psi.get().memory()),
          t,
          "cgroup memory pressure");
      alerts.check(
          Alerts.GROUP_PRESSURE + ".io",
          PsiValues.someAvg10(psi.get().io()),
          t,
          "cgroup I/O pressure");
    }
    return r;
  }

  private static @Nullable Long quietly(Supplier<Long> value) {
    try {
      return value.get();
    } catch (RuntimeException e) {
      return null; // the fd count of a JVM denied /proc/self/fd: the attribute is unknown
    }
  }

  private static @Nullable Double percentOfLimit(CgroupMemory m) {
    if (!m.max().isPresent() || !m.current().isPresent() || m.max().getAsLong() <= 0) {
      return null;
    }
    return 100.0 * m.current().getAsLong() / m.max().getAsLong();
  }

  private <R> @Nullable R get(Function<Reading, R> field) {
    Reading r = snapshot.get();
    return r == null ? null : field.apply(r);
  }

  private <R> @Nullable R cpu(Function<CgroupCpu, R> field) {
    return get(r -> r.info.cpu().map(field).orElse(null));
  }

  private <R> @Nullable R memory(Function<CgroupMemory, R> field) {
    return get(r -> r.info.memory().map(field).orElse(null));
  }

  /** A counter summed over devices; null when no device reports it. */
  private @Nullable Long io(Function<CgroupIo, OptionalLong> field) {
    return get(
        r -> {
          Long sum = null;
          for (CgroupIo d : r.info.io()) {
            OptionalLong v = field.apply(d);
            if (v.isPresent()) {
              sum = (sum == null ? 0 : sum) + v.getAsLong();
            }
          }
          return sum;
        });
  }

  private @Nullable Double pressure(
      Function<PressureInfo, Optional<Psi>> resource, Function<Psi, Optional<PsiLine>> kind) {
    return get(
        r -> r.info.pressure().flatMap(resource).flatMap(kind).map(l -> d(l.avg10())).orElse(null));
  }

  private static @Nullable Long l(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }

  private static @Nullable Double d(OptionalDouble v) {
    return v.isPresent() ? v.getAsDouble() : null;
  }

  @Override
  public @Nullable String getCgroupVersion() {
    return get(r -> r.info.version().orElse(null));
  }

  @Override
  public @Nullable String getCgroupPath() {
    return get(r -> r.path);
  }

  @Override
  public @Nullable Double getCpuLimit() {
    return cpu(c -> d(c.limit()));
  }

  @Override
  public @Nullable Double getEffectiveCpus() {
    return cpu(c -> d(c.effectiveCpus()));
  }

  @Override
  public @Nullable Long getCpuQuota() {
    return cpu(c -> l(c.quotaUsec()));
  }

  @Override
  public @Nullable Long getCpuPeriod() {
    return cpu(c -> l(c.periodUsec()));
  }

  @Override
  public @Nullable Long getCpuWeight() {
    return cpu(c -> l(c.weight()));
  }

  @Override
  public @Nullable Long getCpuShares() {
    return cpu(c -> l(c.shares()));
  }

  @Override
  public @Nullable Integer getCpusetCpus() {
    return cpu(c -> c.cpusetCpus().isPresent() ? c.cpusetCpus().getAsInt() : null);
  }

  @Override
  public @Nullable Double getCpuUsage() {
    return cpu(c -> PsiValues.seconds(c.usageUsec()));
  }

  @Override
  public @Nullable Long getCpuPeriods() {
    return cpu(c -> l(c.nrPeriods()));
  }

  @Override
  public @Nullable Long getCpuThrottledPeriods() {
    return cpu(c -> l(c.nrThrottled()));
  }

  @Override
  public @Nullable Double getCpuThrottledTime() {
    return cpu(c -> PsiValues.seconds(c.throttledUsec()));
  }

  @Override
  public @Nullable Double getCpuThrottledRatio() {
    return get(r -> r.throttledRatio);
  }

  @Override
  public @Nullable Long getMemoryLimit() {
    return memory(m -> l(m.max()));
  }

  @Override
  public @Nullable Long getMemoryHigh() {
    return memory(m -> l(m.high()));
  }

  @Override
  public @Nullable Long getMemoryUsage() {
    return memory(m -> l(m.current()));
  }

  @Override
  public @Nullable Double getMemoryUsagePercent() {
    return get(r -> r.memoryPercent);
  }

  @Override
  public @Nullable Long getMemoryPeak() {
    return memory(m -> l(m.peak()));
  }

  @Override
  public @Nullable Long getSwapLimit() {
    return memory(m -> l(m.swapMax()));
  }

  @Override
  public @Nullable Long getSwapUsage() {
    return memory(m -> l(m.swapCurrent()));
  }

  @Override
  public @Nullable Long getMemoryAnon() {
    return memory(m -> l(m.anon()));
  }

  @Override
  public @Nullable Long getMemoryFile() {
    return memory(m -> l(m.file()));
  }

  @Override
  public @Nullable Long getMemoryKernel() {
    return memory(m -> l(m.kernel()));
  }

  @Override
  public @Nullable Long getMemorySock() {
    return memory(m -> l(m.sock()));
  }

  @Override
  public @Nullable Long getMemoryShmem() {
    return memory(m -> l(m.shmem()));
  }

  @Override
  public @Nullable Long getMemoryHighEvents() {
    return memory(m -> l(m.eventsHigh()));
  }

  @Override
  public @Nullable Long getMemoryMaxEvents() {
    return memory(m -> l(m.eventsMax()));
  }

  @Override
  public @Nullable Long getOomEvents() {
    return memory(m -> l(m.eventsOom()));
  }

  @Override
  public @Nullable Long getOomKills() {
    return memory(m -> l(m.eventsOomKill()));
  }

  private <R> @Nullable R headroom(Function<MemoryHeadroom.Figures, R> field) {
    return get(r -> r.headroom == null ? null : field.apply(r.headroom));
  }

  @Override
  public @Nullable Long getMemoryWorkingSet() {
    return headroom(h -> h.workingSet);
  }

  @Override
  public @Nullable Long getMemoryAvailable() {
    return headroom(h -> h.available);
  }

  @Override
  public @Nullable Double getMemoryWorkingSetPercent() {
    return headroom(h -> h.workingSetPercent);
  }

  @Override
  public @Nullable Double getProcessRssPercent() {
    return headroom(h -> h.processRssPercent);
  }

  @Override
  public @Nullable Long getOomEventsSinceStart() {
    return headroom(h -> h.sinceStart(MemoryHeadroom.Event.OOM));
  }

  @Override
  public @Nullable Long getOomKillsSinceStart() {
    return headroom(h -> h.sinceStart(MemoryHeadroom.Event.OOM_KILL));
  }

  @Override
  public @Nullable Long getMemoryMaxEventsSinceStart() {
    return headroom(h -> h.sinceStart(MemoryHeadroom.Event.MAX));
  }

  @Override
  public @Nullable Long getPids() {
    return get(r -> l(r.info.pidsCurrent()));
  }

  @Override
  public @Nullable Long getPidsLimit() {
    return get(r -> l(r.info.pidsMax()));
  }

  @Override
  public @Nullable Long getIoReadBytes() {
    return io(CgroupIo::rbytes);
  }

  @Override
  public @Nullable Long getIoWriteBytes() {
    return io(CgroupIo::wbytes);
  }

  @Override
  public @Nullable Long getIoReads() {
    return io(CgroupIo::rios);
  }

  @Override
  public @Nullable Long getIoWrites() {
    return io(CgroupIo::wios);
  }

  @Override
  public @Nullable Double getPressureCpuSomeAvg10() {
    return pressure(PressureInfo::cpu, Psi::some);
  }

  @Override
  public @Nullable Double getPressureCpuFullAvg10() {
    return pressure(PressureInfo::cpu, Psi::full);
  }

  @Override
  public @Nullable Double getPressureMemorySomeAvg10() {
    return pressure(PressureInfo::memory, Psi::some);
  }

  @Override
  public @Nullable Double getPressureMemoryFullAvg10() {
    return pressure(PressureInfo::memory, Psi::full);
  }

  @Override
  public @Nullable Double getPressureIoSomeAvg10() {
    return pressure(PressureInfo::io, Psi::some);
  }

  @Override
  public @Nullable Double getPressureIoFullAvg10() {
    return pressure(PressureInfo::io, Psi::full);
  }

  @Override
  public @Nullable Long getOpenFiles() {
    return get(r -> r.openFiles);
  }

  @Override
  public @Nullable Long getOpenFilesLimit() {
    return get(r -> r.openFilesLimit);
  }

  /** The snapshot's own age: reading it refreshes nothing. */
  @Override
  public @Nullable Double getReadingAgeSeconds() {
    long millis = snapshot.ageMillis();
    return millis < 0 ? null : millis / 1000.0;
  }
}

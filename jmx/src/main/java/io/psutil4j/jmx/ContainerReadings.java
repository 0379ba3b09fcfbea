package io.psutil4j.jmx;

import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupMemory;
import io.psutil4j.CgroupPart;
import io.psutil4j.PressureInfo;
import io.psutil4j.spi.LocatedCgroup;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The readings of the Container MBean's sources: each reads one part of the group, and checks that
 * part's thresholds and counts its events, so notifications come from refreshes (when a client
 * reads an attribute of that part) and are sent after every lock is released.
 */
final class ContainerReadings {
  /** The CPU part, and the throttled share of the periods since the previous reading. */
  static final class Cpu {
    final CgroupCpu cpu;
    final @Nullable Double throttledRatio;

    Cpu(CgroupCpu cpu, @Nullable Double throttledRatio) {
      this.cpu = cpu;
      this.throttledRatio = throttledRatio;
    }
  }

  /** The memory part, its headroom and its events since the MBean started. */
  static final class Memory {
    final CgroupMemory memory;
    final MemoryHeadroom headroom;
    final MemoryEvents.SinceStart events;

    Memory(CgroupMemory memory, MemoryHeadroom headroom, MemoryEvents.SinceStart events) {
      this.memory = memory;
      this.headroom = headroom;
      this.events = events;
    }
  }

  /** This JVM's open descriptors and its soft RLIMIT_NOFILE; null when unknown or unlimited. */
  static final class OpenFiles {
    final @Nullable Long open;
    final @Nullable Long limit;

    OpenFiles(@Nullable Long open, @Nullable Long limit) {
      this.open = open;
      this.limit = limit;
    }
  }

  /** Where the group is: located once per refresh and shared by every part it reads. */
  private final Snapshot<LocatedCgroup> location;

  private final JmxConfig config;
  private final Alerts alerts;
  private final ThrottlingRatio throttling = new ThrottlingRatio();
  private final MemoryEvents events;

  private ContainerReadings(Supplier<LocatedCgroup> locate, JmxConfig config, Alerts alerts) {
    // kept as long as a reading, so a group the JVM is moved to is seen at the next refresh
    this.location = new Snapshot<>(locate, config.cacheMillis());
    this.config = config;
    this.alerts = alerts;
    this.events = new MemoryEvents(alerts);
  }

  /**
   * Binds each source of {@link ContainerTable} to its part of the group located by {@code locate},
   * after reading the memory part once to take the counts its OOM and limit events count from. The
   * group is located (/proc/self/cgroup, mountinfo) once for every part a request reads, and again
   * when the cache interval has passed.
   *
   * @param locate the group, located now, whose parts are read from the directories found
   * @param openFiles this JVM's open descriptors, and {@code openFilesLimit} its soft RLIMIT_NOFILE
   *     (null when unlimited); {@code processRss} this JVM's resident set size; each may throw or
   *     return null when unknown
   */
  static Readings readings(
      Supplier<LocatedCgroup> locate,
      Supplier<Long> openFiles,
      Supplier<Long> openFilesLimit,
      Supplier<Long> processRss,
      JmxConfig config,
      Alerts alerts,
      Readings.Builder readings) {
    ContainerReadings parts = new ContainerReadings(locate, config, alerts);
    parts.startEvents();
    return readings
        .with(ContainerTable.GROUP, () -> parts.located().read(EnumSet.noneOf(CgroupPart.class)))
        .with(ContainerTable.CPU, parts::cpu)
        .with(ContainerTable.MEMORY, () -> parts.memory(null))
        .with(ContainerTable.MEMORY_AND_RSS, () -> parts.memory(ProcessTable.quietly(processRss)))
        .with(ContainerTable.PIDS, () -> parts.part(CgroupPart.PIDS))
        .with(ContainerTable.IO, () -> parts.part(CgroupPart.IO).io())
        .with(ContainerTable.PRESSURE, parts::pressure)
        .with(ContainerTable.OPEN_FILES, () -> parts.openFiles(openFiles, openFilesLimit))
        .build();
  }

  private void startEvents() {
    try {
      part(CgroupPart.MEMORY).memory().ifPresent(events::start);
    } catch (RuntimeException unreadable) {
      // no group to read now: events count from the first reading of the memory part
    }
  }

  private CgroupInfo part(CgroupPart part) {
    return located().read(EnumSet.of(part));
  }

  private LocatedCgroup located() {
    LocatedCgroup where = location.get();
    if (where == null) {
      // the location failed (the process gone, no cgroup): so does this part's reading
      throw new IllegalStateException("the cgroup could not be located");
    }
    return where;
  }

  private @Nullable Cpu cpu() {
    CgroupCpu cpu = part(CgroupPart.CPU).cpu().orElse(null);
    if (cpu == null) {
      return null;
    }
    Double ratio = throttling.next(cpu);
    alerts.check(
        Alerts.CPU_THROTTLED,
        ratio,
        config.throttledRatio(),
        "share of CPU periods throttled since the last read");
    return new Cpu(cpu, ratio);
  }

  /** The memory part with this JVM's {@code rss} against the limit (null when not read). */
  private @Nullable Memory memory(@Nullable Long rss) {
    CgroupMemory memory = part(CgroupPart.MEMORY).memory().orElse(null);
    if (memory == null) {
      return null;
    }
    MemoryHeadroom headroom = MemoryHeadroom.of(memory, rss);
    alerts.check(
        Alerts.MEMORY_NEAR_LIMIT,
        headroom.usagePercent,
        config.memoryNearLimitPercent(),
        "memory usage, percent of the cgroup limit,");
    return new Memory(memory, headroom, events.count(memory));
  }

  private @Nullable PressureInfo pressure() {
    PressureInfo psi = part(CgroupPart.PRESSURE).pressure().orElse(null);
    if (psi != null) {
      alerts.checkPressure(Alerts.GROUP_PRESSURE, "cgroup", psi, config.pressureSomeAvg10Percent());
    }
    return psi;
  }

  private OpenFiles openFiles(Supplier<Long> openFiles, Supplier<Long> openFilesLimit) {
    OpenFiles files =
        new OpenFiles(ProcessTable.quietly(openFiles), ProcessTable.quietly(openFilesLimit));
    if (files.open != null && files.limit != null && files.limit > 0) {
      alerts.check(
          Alerts.OPEN_FILES_NEAR_LIMIT,
          100.0 * files.open / files.limit,
          config.openFilesNearLimitPercent(),
          "open file descriptors, percent of RLIMIT_NOFILE,");
    }
    return files;
  }
}

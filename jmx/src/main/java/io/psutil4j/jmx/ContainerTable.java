package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.LONG;
import static javax.management.openmbean.SimpleType.STRING;

import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupIo;
import io.psutil4j.CgroupMemory;
import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.PsiLine;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=Container}: the cgroup this JVM runs in (cgroup v2, v1 or hybrid), one
 * source per part of the group, so MemoryLimit reads the memory controller's files and no CPU, I/O
 * or pressure file. A limit that is not set ({@code max}) is null, as is anything the kernel does
 * not report. Not in psutil; read through {@code Platform.locateCgroup(pid)}: the group is located
 * (/proc/self/cgroup, mountinfo) once for every part a request reads.
 */
final class ContainerTable {
  private static final String LOCATE = " /proc/self/cgroup /proc/self/mountinfo";

  static final Source<CgroupInfo> GROUP = Source.named("cgroup() version and paths:" + LOCATE);
  static final Source<ContainerReadings.Cpu> CPU =
      Source.named("cgroup().cpu cpu.max cpu.stat cpu.weight cpuset (v1 cpu, cpuacct):" + LOCATE);

  /** The memory part with this JVM's statm, for ProcessRssPercent. */
  static final Source<ContainerReadings.Memory> MEMORY_AND_RSS =
      Source.named(
          "cgroup().memory memory.* (v1 memory controller) and memory_info().rss"
              + " /proc/self/statm:"
              + LOCATE);

  /** The memory part alone when ProcessRssPercent is not asked for. */
  static final Source<ContainerReadings.Memory> MEMORY =
      Source.partOf(
          "cgroup().memory memory.* (v1 memory controller):" + LOCATE, MEMORY_AND_RSS, m -> m);

  static final Source<CgroupInfo> PIDS =
      Source.named("cgroup().pids_current pids_max pids.current pids.max:" + LOCATE);
  static final Source<List<CgroupIo>> IO =
      Source.named("cgroup().io io.stat (v1 blkio.throttle.*):" + LOCATE);
  static final Source<PressureInfo> PRESSURE =
      Source.named("cgroup().pressure cpu.pressure memory.pressure io.pressure:" + LOCATE);
  static final Source<ContainerReadings.OpenFiles> OPEN_FILES =
      Source.named("num_fds() rlimit(RLIMIT_NOFILE) /proc/self/fd /proc/self/limits");

  static final MBeanTable TABLE = table();

  private ContainerTable() {}

  private static MBeanTable table() {
    MBeanTable.Rows<PressureInfo> pressure =
        MBeanTable.table(
                MBeanGroup.CONTAINER,
                "Container",
                MBeanTable.Naming.SINGLETON,
                PsutilMBeans.CONTAINER_DESCRIPTION)
            .from(GROUP, "cgroup()")
            .gauge("CgroupVersion", CgroupInfo.VERSION, g -> g.version().orElse(null))
            .described("cgroup layout: v2, v1 or hybrid")
            .gauge("CgroupPath", STRING, "text", ContainerTable::path)
            .described(
                "The group of the unified hierarchy, or of the memory controller on v1",
                "cgroup().paths")
            .from(CPU, "cgroup().cpu")
            .gauge("CpuLimit", CgroupCpu.LIMIT, c -> d(c.cpu.limit()))
            .described("CPU quota as a number of CPUs (quota / period), null for no quota")
            .gauge("EffectiveCpus", CgroupCpu.EFFECTIVE_CPUS, c -> d(c.cpu.effectiveCpus()))
            .described("CPUs the group can use at most: the smaller of the quota and the cpuset")
            .gauge("CpuQuota", CgroupCpu.QUOTA_USEC, c -> l(c.cpu.quotaUsec()))
            .described("CPU time allowed per period, null for no quota")
            .gauge("CpuPeriod", CgroupCpu.PERIOD_USEC, c -> l(c.cpu.periodUsec()))
            .described("Length of the quota period")
            .gauge("CpuWeight", CgroupCpu.WEIGHT, c -> l(c.cpu.weight()))
            .described("cgroup v2 cpu.weight (100 is the default share), null on v1")
            .gauge("CpuShares", CgroupCpu.SHARES, c -> l(c.cpu.shares()))
            .described("cgroup v1 cpu.shares (1024 is the default share), null on v2")
            .gauge(
                "CpusetCpus",
                CgroupCpu.CPUSET_CPUS,
                c -> c.cpu.cpusetCpus().isPresent() ? c.cpu.cpusetCpus().getAsInt() : null)
            .described("CPUs the cpuset lets the group run on")
            .counter("CpuUsage", DOUBLE, "seconds", c -> PsiValues.seconds(c.cpu.usageUsec()))
            .described("CPU time used by the group", "cgroup().cpu.usage_usec")
            .counter("CpuPeriods", CgroupCpu.NR_PERIODS, c -> l(c.cpu.nrPeriods()))
            .described("Quota periods elapsed with runnable tasks")
            .counter("CpuThrottledPeriods", CgroupCpu.NR_THROTTLED, c -> l(c.cpu.nrThrottled()))
            .described("Periods in which the group used up its quota and was throttled")
            .counter(
                "CpuThrottledTime",
                DOUBLE,
                "seconds",
                c -> PsiValues.seconds(c.cpu.throttledUsec()))
            .described("Time the group spent throttled", "cgroup().cpu.throttled_usec")
            .gauge("CpuThrottledRatio", DOUBLE, "ratio", c -> c.throttledRatio)
            .described(
                "Share of the periods since the previous refresh in which the group was throttled,"
                    + " null until two refreshes saw periods",
                "cgroup().cpu nr_throttled / nr_periods deltas")
            .from(MEMORY, "cgroup().memory")
            .gauge("MemoryLimit", CgroupMemory.MAX, m -> l(m.memory.max()))
            .described("Hard memory limit (memory.max, v1 limit_in_bytes), null for none")
            .gauge("MemoryHigh", CgroupMemory.HIGH, m -> l(m.memory.high()))
            .described("Throttling limit (memory.high, v2), null for none")
            .gauge("MemoryUsage", CgroupMemory.CURRENT, m -> l(m.memory.current()))
            .described("Memory in use by the group")
            .gauge("MemoryUsagePercent", DOUBLE, "percent", m -> m.headroom.usagePercent)
            .described(
                "Memory in use as a share of the hard limit, null without a limit",
                "cgroup().memory.current / max")
            .gauge("MemoryPeak", CgroupMemory.PEAK, m -> l(m.memory.peak()))
            .described("Highest memory usage recorded")
            .gauge("SwapLimit", CgroupMemory.SWAP_MAX, m -> l(m.memory.swapMax()))
            .described("Swap limit, null for none")
            .gauge("SwapUsage", CgroupMemory.SWAP_CURRENT, m -> l(m.memory.swapCurrent()))
            .described("Swap in use by the group")
            .gauge("MemoryAnon", CgroupMemory.ANON, m -> l(m.memory.anon()))
            .described("Anonymous memory (heaps, stacks)")
            .gauge("MemoryFile", CgroupMemory.FILE, m -> l(m.memory.file()))
            .described("Page cache")
            .gauge("MemoryKernel", CgroupMemory.KERNEL, m -> l(m.memory.kernel()))
            .described("Kernel memory charged to the group")
            .gauge("MemorySock", CgroupMemory.SOCK, m -> l(m.memory.sock()))
            .described("Network buffers")
            .gauge("MemoryShmem", CgroupMemory.SHMEM, m -> l(m.memory.shmem()))
            .described("Shared memory and tmpfs")
            .counter("MemoryHighEvents", CgroupMemory.EVENTS_HIGH, m -> l(m.memory.eventsHigh()))
            .described("Times usage went over memory.high")
            .counter("MemoryMaxEvents", CgroupMemory.EVENTS_MAX, m -> l(m.memory.eventsMax()))
            .described("Times usage was about to go over the hard limit")
            .counter("OomEvents", CgroupMemory.EVENTS_OOM, m -> l(m.memory.eventsOom()))
            .described("Times the group ran out of memory")
            .counter("OomKills", CgroupMemory.EVENTS_OOM_KILL, m -> l(m.memory.eventsOomKill()))
            .described("Processes the OOM killer killed in the group")
            .gauge("MemoryWorkingSet", CgroupMemory.WORKING_SET, m -> m.headroom.workingSet)
            .described(
                "Working set as kubelet computes it (container_memory_working_set_bytes, what"
                    + " Kubernetes evicts by): usage minus inactive file (memory.stat inactive_file,"
                    + " v1 total_inactive_file), never below 0")
            .gauge("MemoryAvailable", LONG, "bytes", m -> m.headroom.available)
            .described(
                "Memory left before the hard limit: limit minus working set (inactive page cache is"
                    + " reclaimed before an OOM, so it counts as available); null without a limit",
                "cgroup().memory.max - working_set")
            .gauge("MemoryWorkingSetPercent", DOUBLE, "percent", m -> m.headroom.workingSetPercent)
            .described(
                "Working set as a share of the hard limit, null without a limit",
                "cgroup().memory.working_set / max")
            .from(MEMORY_AND_RSS)
            .gauge("ProcessRssPercent", DOUBLE, "percent", m -> m.headroom.processRssPercent)
            .described(
                "Resident set size of this JVM (/proc/self/statm) as a share of the group's hard"
                    + " limit; the rest of the usage is page cache, kernel memory and other"
                    + " processes; null without a limit",
                "Process().memory_info().rss / cgroup().memory.max")
            .from(MEMORY)
            .counter(
                "OomEventsSinceStart", LONG, "events", m -> m.events.of(MemoryEvents.Event.OOM))
            .described(
                "Times the group ran out of memory (memory.events oom, v2 only) since the Container"
                    + " MBean started; notifies psutil4j.container.memory.oom at each rise",
                "cgroup().memory.events_oom - at start")
            .counter(
                "OomKillsSinceStart",
                LONG,
                "processes",
                m -> m.events.of(MemoryEvents.Event.OOM_KILL))
            .described(
                "Processes the OOM killer killed in the group (memory.events oom_kill, v1"
                    + " memory.oom_control oom_kill) since the Container MBean started; notifies"
                    + " psutil4j.container.memory.oom_kill at each rise",
                "cgroup().memory.events_oom_kill - at start")
            .counter(
                "MemoryMaxEventsSinceStart",
                LONG,
                "events",
                m -> m.events.of(MemoryEvents.Event.MAX))
            .described(
                "Times usage was about to go over the hard limit (memory.events max, v1"
                    + " memory.failcnt) since the Container MBean started; notifies"
                    + " psutil4j.container.memory.max at each rise",
                "cgroup().memory.events_max - at start")
            .from(PIDS, "cgroup()")
            .gauge("Pids", CgroupInfo.PIDS_CURRENT, g -> l(g.pidsCurrent()))
            .described("Tasks in the group")
            .gauge("PidsLimit", CgroupInfo.PIDS_MAX, g -> l(g.pidsMax()))
            .described("Task limit, null for none")
            .from(IO, "cgroup().io[*]")
            .counter("IoReadBytes", CgroupIo.RBYTES, io -> sum(io, CgroupIo::rbytes))
            .described("Bytes read, all devices")
            .counter("IoWriteBytes", CgroupIo.WBYTES, io -> sum(io, CgroupIo::wbytes))
            .described("Bytes written, all devices")
            .counter("IoReads", CgroupIo.RIOS, io -> sum(io, CgroupIo::rios))
            .described("Read operations, all devices")
            .counter("IoWrites", CgroupIo.WIOS, io -> sum(io, CgroupIo::wios))
            .described("Write operations, all devices")
            .from(PRESSURE);
    pressure(pressure, "cpu", PressureInfo::cpu);
    pressure(pressure, "memory", PressureInfo::memory);
    pressure(pressure, "io", PressureInfo::io);
    return pressure
        .from(OPEN_FILES)
        .gauge("OpenFiles", LONG, "descriptors", f -> f.open)
        .described(
            "File descriptors this JVM has open (for the near-limit alert)", "Process().num_fds()")
        .gauge("OpenFilesLimit", LONG, "descriptors", f -> f.limit)
        .described(
            "Soft RLIMIT_NOFILE of this JVM, null when unlimited or unknown",
            "Process().rlimit(RLIMIT_NOFILE)[0]")
        .from(Readings.AGE)
        .gauge("ReadingAgeSeconds", DOUBLE, "seconds", Readings::oldestAgeSeconds)
        .described(
            "Age of the reading of the group this MBean serves: it is read when an attribute is"
                + " read and the cache interval has passed, so this exceeds the interval when no"
                + " attribute has been asked for since, or when a refresh passed its 2 s deadline"
                + " and the last reading is served stale; null before the first read. Reading it"
                + " reads nothing",
            "(psutil4j, not in psutil)")
        .build();
  }

  /**
   * PressureCpuSomeAvg10 ... PressureIoFullAvg10: the share of the last 10 s in which some tasks
   * ("some"), or all non-idle tasks ("full"), of the group stalled on {@code resource}.
   */
  private static void pressure(
      MBeanTable.Rows<PressureInfo> rows,
      String resource,
      Function<PressureInfo, Optional<Psi>> of) {
    String name = "Pressure" + Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
    rows.gauge(name + "SomeAvg10", PsiLine.AVG10, p -> avg10(of.apply(p), Psi::some))
        .described(
            "Share of the last 10 s in which some tasks of the group stalled on " + resource,
            "cgroup().pressure." + resource + ".some.avg10");
    rows.gauge(name + "FullAvg10", PsiLine.AVG10, p -> avg10(of.apply(p), Psi::full))
        .described(
            "Share of the last 10 s in which all non-idle tasks of the group stalled on "
                + resource,
            "cgroup().pressure." + resource + ".full.avg10");
  }

  /** The group of the unified hierarchy, or of the memory controller on v1. */
  private static @Nullable String path(CgroupInfo group) {
    String unified = group.paths().get("unified");
    return unified != null ? unified : group.paths().get("memory");
  }

  /** A counter summed over devices; null when no device reports it. */
  private static @Nullable Long sum(
      List<CgroupIo> devices, Function<CgroupIo, OptionalLong> field) {
    Long sum = null;
    for (CgroupIo d : devices) {
      OptionalLong v = field.apply(d);
      if (v.isPresent()) {
        sum = (sum == null ? 0 : sum) + v.getAsLong();
      }
    }
    return sum;
  }

  private static @Nullable Double avg10(
      Optional<Psi> resource, Function<Psi, Optional<PsiLine>> line) {
    return resource.flatMap(line).map(l -> PsiValues.value(l.avg10())).orElse(null);
  }

  private static @Nullable Long l(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }

  private static @Nullable Double d(OptionalDouble v) {
    return PsiValues.value(v);
  }
}

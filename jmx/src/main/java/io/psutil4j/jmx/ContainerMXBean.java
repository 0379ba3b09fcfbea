package io.psutil4j.jmx;

import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=Container}: the cgroup this JVM runs in (cgroup v2, v1 or hybrid): CPU quota
 * as a number of CPUs, usage and throttling; memory limit, usage and events; pids; I/O; the group's
 * pressure. A limit that is not set ({@code max}) is null, as is anything the kernel does not
 * report. Not in psutil; read through {@code Psutil.cgroup()}.
 */
public interface ContainerMXBean {
  @Metric(summary = "cgroup layout: v2, v1 or hybrid", unit = "text", psutil = "cgroup().version")
  @Nullable String getCgroupVersion();

  @Metric(
      summary = "The group of the unified hierarchy, or of the memory controller on v1",
      unit = "text",
      psutil = "cgroup().paths")
  @Nullable String getCgroupPath();

  @Metric(
      summary = "CPU quota as a number of CPUs (quota / period), null for no quota",
      unit = "cpus",
      psutil = "cgroup().cpu.limit")
  @Nullable Double getCpuLimit();

  @Metric(
      summary = "CPUs the group can use at most: the smaller of the quota and the cpuset",
      unit = "cpus",
      psutil = "cgroup().cpu.effective_cpus")
  @Nullable Double getEffectiveCpus();

  @Metric(
      summary = "CPU time allowed per period, null for no quota",
      unit = "microseconds",
      psutil = "cgroup().cpu.quota_usec")
  @Nullable Long getCpuQuota();

  @Metric(
      summary = "Length of the quota period",
      unit = "microseconds",
      psutil = "cgroup().cpu.period_usec")
  @Nullable Long getCpuPeriod();

  @Metric(
      summary = "cgroup v2 cpu.weight (100 is the default share), null on v1",
      unit = "weight",
      psutil = "cgroup().cpu.weight")
  @Nullable Long getCpuWeight();

  @Metric(
      summary = "cgroup v1 cpu.shares (1024 is the default share), null on v2",
      unit = "shares",
      psutil = "cgroup().cpu.shares")
  @Nullable Long getCpuShares();

  @Metric(
      summary = "CPUs the cpuset lets the group run on",
      unit = "cpus",
      psutil = "cgroup().cpu.cpuset_cpus")
  @Nullable Integer getCpusetCpus();

  @Metric(
      summary = "CPU time used by the group",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cgroup().cpu.usage_usec")
  @Nullable Double getCpuUsage();

  @Metric(
      summary = "Quota periods elapsed with runnable tasks",
      unit = "periods",
      type = Metric.COUNTER,
      psutil = "cgroup().cpu.nr_periods")
  @Nullable Long getCpuPeriods();

  @Metric(
      summary = "Periods in which the group used up its quota and was throttled",
      unit = "periods",
      type = Metric.COUNTER,
      psutil = "cgroup().cpu.nr_throttled")
  @Nullable Long getCpuThrottledPeriods();

  @Metric(
      summary = "Time the group spent throttled",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cgroup().cpu.throttled_usec")
  @Nullable Double getCpuThrottledTime();

  @Metric(
      summary =
          "Share of the periods since the previous refresh in which the group was throttled, null until two refreshes saw periods",
      unit = "ratio",
      psutil = "cgroup().cpu nr_throttled / nr_periods deltas")
  @Nullable Double getCpuThrottledRatio();

  @Metric(
      summary = "Hard memory limit (memory.max, v1 limit_in_bytes), null for none",
      unit = "bytes",
      psutil = "cgroup().memory.max")
  @Nullable Long getMemoryLimit();

  @Metric(
      summary = "Throttling limit (memory.high, v2), null for none",
      unit = "bytes",
      psutil = "cgroup().memory.high")
  @Nullable Long getMemoryHigh();

  @Metric(
      summary = "Memory in use by the group",
      unit = "bytes",
      psutil = "cgroup().memory.current")
  @Nullable Long getMemoryUsage();

  @Metric(
      summary = "Memory in use as a share of the hard limit, null without a limit",
      unit = "percent",
      psutil = "cgroup().memory.current / max")
  @Nullable Double getMemoryUsagePercent();

  @Metric(
      summary = "Highest memory usage recorded",
      unit = "bytes",
      psutil = "cgroup().memory.peak")
  @Nullable Long getMemoryPeak();

  @Metric(
      summary = "Swap limit, null for none",
      unit = "bytes",
      psutil = "cgroup().memory.swap_max")
  @Nullable Long getSwapLimit();

  @Metric(
      summary = "Swap in use by the group",
      unit = "bytes",
      psutil = "cgroup().memory.swap_current")
  @Nullable Long getSwapUsage();

  @Metric(
      summary = "Anonymous memory (heaps, stacks)",
      unit = "bytes",
      psutil = "cgroup().memory.anon")
  @Nullable Long getMemoryAnon();

  @Metric(summary = "Page cache", unit = "bytes", psutil = "cgroup().memory.file")
  @Nullable Long getMemoryFile();

  @Metric(
      summary = "Kernel memory charged to the group",
      unit = "bytes",
      psutil = "cgroup().memory.kernel")
  @Nullable Long getMemoryKernel();

  @Metric(summary = "Network buffers", unit = "bytes", psutil = "cgroup().memory.sock")
  @Nullable Long getMemorySock();

  @Metric(summary = "Shared memory and tmpfs", unit = "bytes", psutil = "cgroup().memory.shmem")
  @Nullable Long getMemoryShmem();

  @Metric(
      summary = "Times usage went over memory.high",
      unit = "events",
      type = Metric.COUNTER,
      psutil = "cgroup().memory.events_high")
  @Nullable Long getMemoryHighEvents();

  @Metric(
      summary = "Times usage was about to go over the hard limit",
      unit = "events",
      type = Metric.COUNTER,
      psutil = "cgroup().memory.events_max")
  @Nullable Long getMemoryMaxEvents();

  @Metric(
      summary = "Times the group ran out of memory",
      unit = "events",
      type = Metric.COUNTER,
      psutil = "cgroup().memory.events_oom")
  @Nullable Long getOomEvents();

  @Metric(
      summary = "Processes the OOM killer killed in the group",
      unit = "processes",
      type = Metric.COUNTER,
      psutil = "cgroup().memory.events_oom_kill")
  @Nullable Long getOomKills();

  @Metric(
      summary =
          "Working set as kubelet computes it (container_memory_working_set_bytes, what Kubernetes"
              + " evicts by): usage minus inactive file (memory.stat inactive_file, v1"
              + " total_inactive_file), never below 0",
      unit = "bytes",
      psutil = "cgroup().memory.working_set")
  @Nullable Long getMemoryWorkingSet();

  @Metric(
      summary =
          "Memory left before the hard limit: limit minus working set (inactive page cache is"
              + " reclaimed before an OOM, so it counts as available); null without a limit",
      unit = "bytes",
      psutil = "cgroup().memory.max - working_set")
  @Nullable Long getMemoryAvailable();

  @Metric(
      summary = "Working set as a share of the hard limit, null without a limit",
      unit = "percent",
      psutil = "cgroup().memory.working_set / max")
  @Nullable Double getMemoryWorkingSetPercent();

  @Metric(
      summary =
          "Resident set size of this JVM (/proc/self/statm) as a share of the group's hard limit;"
              + " the rest of the usage is page cache, kernel memory and other processes; null"
              + " without a limit",
      unit = "percent",
      psutil = "Process().memory_info().rss / cgroup().memory.max")
  @Nullable Double getProcessRssPercent();

  @Metric(
      summary =
          "Times the group ran out of memory (memory.events oom, v2 only) since the Container"
              + " MBean started; notifies psutil4j.container.memory.oom at each rise",
      unit = "events",
      type = Metric.COUNTER,
      psutil = "cgroup().memory.events_oom - at start")
  @Nullable Long getOomEventsSinceStart();

  @Metric(
      summary =
          "Processes the OOM killer killed in the group (memory.events oom_kill, v1"
              + " memory.oom_control oom_kill) since the Container MBean started; notifies"
              + " psutil4j.container.memory.oom_kill at each rise",
      unit = "processes",
      type = Metric.COUNTER,
      psutil = "cgroup().memory.events_oom_kill - at start")
  @Nullable Long getOomKillsSinceStart();

  @Metric(
      summary =
          "Times usage was about to go over the hard limit (memory.events max, v1 memory.failcnt)"
              + " since the Container MBean started; notifies psutil4j.container.memory.max at each"
              + " rise",
      unit = "events",
      type = Metric.COUNTER,
      psutil = "cgroup().memory.events_max - at start")
  @Nullable Long getMemoryMaxEventsSinceStart();

  @Metric(summary = "Tasks in the group", unit = "tasks", psutil = "cgroup().pids_current")
  @Nullable Long getPids();

  @Metric(summary = "Task limit, null for none", unit = "tasks", psutil = "cgroup().pids_max")
  @Nullable Long getPidsLimit();

  @Metric(
      summary = "Bytes read, all devices",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "cgroup().io[*].rbytes")
  @Nullable Long getIoReadBytes();

  @Metric(
      summary = "Bytes written, all devices",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "cgroup().io[*].wbytes")
  @Nullable Long getIoWriteBytes();

  @Metric(
      summary = "Read operations, all devices",
      unit = "operations",
      type = Metric.COUNTER,
      psutil = "cgroup().io[*].rios")
  @Nullable Long getIoReads();

  @Metric(
      summary = "Write operations, all devices",
      unit = "operations",
      type = Metric.COUNTER,
      psutil = "cgroup().io[*].wios")
  @Nullable Long getIoWrites();

  @Metric(
      summary = "Share of the last 10 s in which some tasks of the group stalled on cpu",
      unit = "percent",
      psutil = "cgroup().pressure.cpu.some.avg10")
  @Nullable Double getPressureCpuSomeAvg10();

  @Metric(
      summary = "Share of the last 10 s in which all non-idle tasks of the group stalled on cpu",
      unit = "percent",
      psutil = "cgroup().pressure.cpu.full.avg10")
  @Nullable Double getPressureCpuFullAvg10();

  @Metric(
      summary = "Share of the last 10 s in which some tasks of the group stalled on memory",
      unit = "percent",
      psutil = "cgroup().pressure.memory.some.avg10")
  @Nullable Double getPressureMemorySomeAvg10();

  @Metric(
      summary = "Share of the last 10 s in which all non-idle tasks of the group stalled on memory",
      unit = "percent",
      psutil = "cgroup().pressure.memory.full.avg10")
  @Nullable Double getPressureMemoryFullAvg10();

  @Metric(
      summary = "Share of the last 10 s in which some tasks of the group stalled on io",
      unit = "percent",
      psutil = "cgroup().pressure.io.some.avg10")
  @Nullable Double getPressureIoSomeAvg10();

  @Metric(
      summary = "Share of the last 10 s in which all non-idle tasks of the group stalled on io",
      unit = "percent",
      psutil = "cgroup().pressure.io.full.avg10")
  @Nullable Double getPressureIoFullAvg10();

  @Metric(
      summary = "File descriptors this JVM has open (for the near-limit alert)",
      unit = "descriptors",
      psutil = "Process().num_fds()")
  @Nullable Long getOpenFiles();

  @Metric(
      summary = "Soft RLIMIT_NOFILE of this JVM, null when unlimited or unknown",
      unit = "descriptors",
      psutil = "Process().rlimit(RLIMIT_NOFILE)[0]")
  @Nullable Long getOpenFilesLimit();

  @Metric(
      summary =
          "Age of the reading of the group this MBean serves: it is read when an attribute is read"
              + " and the cache interval has passed, so this exceeds the interval when no attribute"
              + " has been asked for since, or when a refresh passed its 2 s deadline and the last"
              + " reading is served stale; null before the first read. Reading it reads nothing",
      unit = "seconds",
      psutil = "(psutil4j, not in psutil)")
  @Nullable Double getReadingAgeSeconds();
}

package io.psutil4j.jmx;

/** {@code psutil4j:type=Process}: the process of this JVM, as the kernel sees it. */
public interface ProcessMXBean {
  @Metric(summary = "Process id", unit = "id", psutil = "Process().pid")
  Integer getPid();

  @Metric(summary = "Parent process id", unit = "id", psutil = "Process().ppid()")
  Integer getPpid();

  @Metric(summary = "Process name", unit = "text", psutil = "Process().name()")
  String getName();

  @Metric(
      summary = "When the process started, seconds since the epoch",
      unit = "seconds",
      psutil = "Process().create_time()")
  Double getCreateTime();

  @Metric(summary = "Resident set size", unit = "bytes", psutil = "Process().memory_info().rss")
  Long getRss();

  @Metric(summary = "Virtual memory size", unit = "bytes", psutil = "Process().memory_info().vms")
  Long getVms();

  @Metric(
      summary = "Resident memory that could be shared (file-backed, shmem)",
      unit = "bytes",
      psutil = "Process().memory_info().shared")
  Long getShared();

  @Metric(summary = "Executable code", unit = "bytes", psutil = "Process().memory_info().text")
  Long getText();

  @Metric(summary = "Data plus stack", unit = "bytes", psutil = "Process().memory_info().data")
  Long getData();

  @Metric(summary = "Open file descriptors", unit = "count", psutil = "Process().num_fds()")
  Integer getNumFds();

  @Metric(
      summary = "Threads, JVM-internal ones included",
      unit = "count",
      psutil = "Process().num_threads()")
  Integer getNumThreads();

  @Metric(
      summary =
          "Voluntary context switches (waited for I/O, a lock or a sleep) of every thread of the"
              + " process, exited ones included; psutil's num_ctx_switches() counts the"
              + " thread-group leader alone, which in a JVM is the launcher thread idle in main."
              + " CtxSwitchesSource says how it was counted; the Threads table has each thread's"
              + " own",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().num_ctx_switches_all_threads().voluntary (psutil4j, not in psutil)")
  Long getCtxSwitchesVoluntary();

  @Metric(
      summary =
          "Involuntary context switches (preempted by the scheduler) of every thread of the"
              + " process, exited ones included; psutil's num_ctx_switches() counts the"
              + " thread-group leader alone. CtxSwitchesSource says how it was counted",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().num_ctx_switches_all_threads().involuntary (psutil4j, not in psutil)")
  Long getCtxSwitchesInvoluntary();

  @Metric(
      summary =
          "How CtxSwitchesVoluntary/Involuntary were counted: getrusage (RUSAGE_SELF, exact; where"
              + " JNA loads without a warning: before JDK 24 or with --enable-native-access) or"
              + " proc_tasks (the sum over /proc/self/task plus the last counts seen of threads"
              + " that exited since this MBean's first read; switches a thread made after its last"
              + " reading, and threads born and gone between two reads, are missed; it reads one"
              + " status file per thread, so its cost grows with the threads and it is refreshed"
              + " at most every 10 s)",
      unit = "text",
      psutil = "Process().num_ctx_switches_all_threads().source (psutil4j, not in psutil)")
  String getCtxSwitchesSource();

  // ---- issue 5: the rest of psutil's Process ----

  @Metric(
      summary = "Peak resident set size (VmHWM)",
      unit = "bytes",
      psutil = "Process().memory_info_ex().peak_rss")
  Long getPeakRss();

  @Metric(
      summary = "Peak virtual memory size (VmPeak)",
      unit = "bytes",
      psutil = "Process().memory_info_ex().peak_vms")
  Long getPeakVms();

  @Metric(
      summary = "Resident anonymous memory (RssAnon)",
      unit = "bytes",
      psutil = "Process().memory_info_ex().rss_anon")
  Long getRssAnon();

  @Metric(
      summary = "Resident file mappings (RssFile)",
      unit = "bytes",
      psutil = "Process().memory_info_ex().rss_file")
  Long getRssFile();

  @Metric(
      summary = "Resident shared memory (RssShmem)",
      unit = "bytes",
      psutil = "Process().memory_info_ex().rss_shmem")
  Long getRssShmem();

  @Metric(
      summary = "Swapped-out memory, from /proc/self/status (VmSwap)",
      unit = "bytes",
      psutil = "Process().memory_info_ex().swap")
  Long getSwap();

  @Metric(
      summary = "Huge pages (HugetlbPages)",
      unit = "bytes",
      psutil = "Process().memory_info_ex().hugetlb")
  Long getHugetlb();

  @Metric(
      summary =
          "Unique set size: memory freed if the process exited"
              + " (smaps_rollup, read at most every 30 s by default, option footprint.interval:"
              + " its cost grows with resident memory)",
      unit = "bytes",
      psutil = "Process().memory_footprint().uss")
  Long getUss();

  @Metric(
      summary =
          "Proportional set size: shared pages divided among their sharers"
              + " (smaps_rollup, read at most every 30 s by default, option footprint.interval:"
              + " its cost grows with resident memory)",
      unit = "bytes",
      psutil = "Process().memory_footprint().pss")
  Long getPss();

  @Metric(
      summary =
          "Swapped-out memory, from smaps_rollup (named apart from Swap, which is VmSwap)"
              + " and read at most every 30 s by default, option footprint.interval: its cost"
              + " grows with resident memory",
      unit = "bytes",
      psutil = "Process().memory_footprint().swap")
  Long getFootprintSwap();

  @Metric(
      summary = "Minor page faults (no disk read)",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().page_faults().minor")
  Long getMinorFaults();

  @Metric(
      summary = "Major page faults (read from disk)",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().page_faults().major")
  Long getMajorFaults();

  @Metric(
      summary = "Read system calls",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().io_counters().read_count")
  Long getReadCount();

  @Metric(
      summary = "Write system calls",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().io_counters().write_count")
  Long getWriteCount();

  @Metric(
      summary = "Bytes read from storage",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "Process().io_counters().read_bytes")
  Long getReadBytes();

  @Metric(
      summary = "Bytes written to storage",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "Process().io_counters().write_bytes")
  Long getWriteBytes();

  @Metric(
      summary = "Bytes passed to read calls (cache hits included)",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "Process().io_counters().read_chars")
  Long getReadChars();

  @Metric(
      summary = "Bytes passed to write calls",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "Process().io_counters().write_chars")
  Long getWriteChars();

  @Metric(
      summary = "CPU time in user mode",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "Process().cpu_times().user")
  Double getUser();

  @Metric(
      summary = "CPU time in kernel mode",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "Process().cpu_times().system")
  Double getSystem();

  @Metric(
      summary = "User CPU time of waited-for children",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "Process().cpu_times().children_user")
  Double getChildrenUser();

  @Metric(
      summary = "System CPU time of waited-for children",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "Process().cpu_times().children_system")
  Double getChildrenSystem();

  @Metric(
      summary = "Time waiting for block I/O (delayacct_blkio_ticks)",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "Process().cpu_times().iowait")
  Double getIowait();

  @Metric(
      summary = "CPU use since the previous refresh, in percent of one CPU (up to 100 x CPUs)",
      unit = "percent",
      psutil = "Process().cpu_percent()")
  Double getCpuPercent();

  @Metric(
      summary = "Soft limit on open file descriptors; null when unlimited",
      unit = "count",
      psutil = "Process().rlimit(RLIMIT_NOFILE)[0]")
  Long getRlimitNofileSoft();

  @Metric(
      summary = "Hard limit on open file descriptors; null when unlimited",
      unit = "count",
      psutil = "Process().rlimit(RLIMIT_NOFILE)[1]")
  Long getRlimitNofileHard();

  @Metric(
      summary =
          "malloc heap in use (glibc mallinfo2, via JNA); null when native access is off: on JDK"
              + " 24+ run with --enable-native-access=ALL-UNNAMED",
      unit = "bytes",
      psutil = "heap_info().heap_used")
  Long getHeapUsed();

  @Metric(
      summary =
          "malloc memory in mmap-ed blocks (glibc mallinfo2, via JNA); null when native access is"
              + " off: on JDK 24+ run with --enable-native-access=ALL-UNNAMED",
      unit = "bytes",
      psutil = "heap_info().mmap_used")
  Long getMmapUsed();

  /**
   * Gives free malloc memory back to the kernel (psutil heap_trim(), glibc malloc_trim(0)).
   *
   * @throws SecurityException when operations are not allowed (agent options heapTrim, controls)
   * @throws IllegalStateException when native access is off, one is running or the previous ran
   *     under 10 s ago
   */
  @Operation(
      summary =
          "Gives free malloc heap back to the kernel (psutil heap_trim, glibc malloc_trim(0)) and"
              + " returns RSS, USS and heap_info before and after and the seconds taken; one call"
              + " at a time, at most once per 10 s; refused unless the agent runs with"
              + " heapTrim=true or controls=true, and on JDK 24+ unless the JVM runs with"
              + " --enable-native-access=ALL-UNNAMED. malloc_trim holds each malloc arena's lock"
              + " while it walks it: other threads' mallocs wait meanwhile (see docs/agent.md)")
  HeapTrimResult heapTrim();
}

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
      summary = "Voluntary context switches (waited for I/O, a lock or a sleep)",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().num_ctx_switches().voluntary")
  Long getCtxSwitchesVoluntary();

  @Metric(
      summary = "Involuntary context switches (preempted by the scheduler)",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "Process().num_ctx_switches().involuntary")
  Long getCtxSwitchesInvoluntary();
}

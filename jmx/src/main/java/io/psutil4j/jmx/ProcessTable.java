package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.LONG;
import static javax.management.openmbean.SimpleType.STRING;

import io.psutil4j.CtxSwitchesAllThreads;
import io.psutil4j.HeapInfo;
import io.psutil4j.IoCounters;
import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryInfo;
import io.psutil4j.MemoryInfoEx;
import io.psutil4j.PageFaults;
import io.psutil4j.Process;
import io.psutil4j.ProcessCpuTimes;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.ResourceLimit;
import io.psutil4j.spi.Platform;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=Process}: the JVM's own process, one source per kernel reading, so NumFds
 * lists /proc/self/fd and nothing else, Rss reads statm alone, and smaps_rollup and the task table
 * are read only for the attributes that need them, on their own slower intervals.
 */
final class ProcessTable {
  static final Source<Integer> PID = Source.named("Process().pid (no read)");
  static final Source<ProcessStatReading> STAT =
      Source.named(
          "ppid() name() create_time() cpu_times() cpu_percent() page_faults() /proc/self/stat");

  /** status and statm read once for every row that needs either: memory_info_ex, num_threads. */
  static final Source<ProcessStatusReading> STATUS =
      Source.named("memory_info_ex() num_threads() /proc/self/status /proc/self/statm");

  /** statm alone when no row of {@link #STATUS} is asked for. */
  static final Source<MemoryInfo> MEMORY =
      Source.partOf("memory_info() /proc/self/statm", STATUS, ProcessStatusReading::statm);

  static final Source<Integer> FDS = Source.named("num_fds() /proc/self/fd");

  /** status alone when no other row of {@link #STATUS} is asked for. */
  static final Source<Integer> THREADS =
      Source.partOf("num_threads() /proc/self/status", STATUS, r -> r.threads);

  static final Source<CtxSwitchesAllThreads> CTX_SWITCHES =
      Source.named("num_ctx_switches_all_threads() getrusage or /proc/self/task/*/status");
  static final Source<MemoryFootprint> FOOTPRINT =
      Source.named("memory_footprint() /proc/self/smaps_rollup");
  static final Source<IoCounters> IO = Source.named("io_counters() /proc/self/io");
  static final Source<ResourceLimit> NOFILE =
      Source.named("rlimit(RLIMIT_NOFILE) /proc/self/limits");
  static final Source<HeapInfo> HEAP = Source.named("heap_info() glibc mallinfo2");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.PROCESS,
              "Process",
              MBeanTable.Naming.SINGLETON,
              "This JVM's own process as the kernel sees it (psutil Process), from /proc/self")
          .from(PID)
          .gauge("Pid", INTEGER, "id", pid -> pid)
          .described("Process id", "Process().pid")
          .from(STAT)
          .gauge("Ppid", INTEGER, "id", s -> s.ppid)
          .described("Parent process id", "Process().ppid()")
          .gauge("Name", STRING, "text", s -> s.name)
          .described("Process name", "Process().name()")
          .gauge("CreateTime", DOUBLE, "seconds", s -> s.createTime)
          .described("When the process started, seconds since the epoch", "Process().create_time()")
          .from(MEMORY, "Process().memory_info()")
          .gauge("Rss", MemoryInfo.RSS, MemoryInfo::rss)
          .described("Resident set size")
          .gauge("Vms", MemoryInfo.VMS, MemoryInfo::vms)
          .described("Virtual memory size")
          .gauge("Shared", MemoryInfo.SHARED, MemoryInfo::shared)
          .described("Resident memory that could be shared (file-backed, shmem)")
          .gauge("Text", MemoryInfo.TEXT, MemoryInfo::text)
          .described("Executable code")
          .gauge("Data", MemoryInfo.DATA, MemoryInfo::data)
          .described("Data plus stack")
          .from(FDS)
          .gauge("NumFds", INTEGER, "count", fds -> fds)
          .described("Open file descriptors", "Process().num_fds()")
          .from(THREADS)
          .gauge("NumThreads", INTEGER, "count", threads -> threads)
          .described("Threads, JVM-internal ones included", "Process().num_threads()")
          .from(CTX_SWITCHES)
          .counter(
              "CtxSwitchesVoluntary",
              CtxSwitchesAllThreads.VOLUNTARY,
              CtxSwitchesAllThreads::voluntary)
          .described(
              "Voluntary context switches (waited for I/O, a lock or a sleep) of every thread of"
                  + " the process, exited ones included; psutil's num_ctx_switches() counts the"
                  + " thread-group leader alone, which in a JVM is the launcher thread idle in"
                  + " main. CtxSwitchesSource says how it was counted; the Threads table has each"
                  + " thread's own",
              "Process().num_ctx_switches_all_threads().voluntary (psutil4j, not in psutil)")
          .counter(
              "CtxSwitchesInvoluntary",
              CtxSwitchesAllThreads.INVOLUNTARY,
              CtxSwitchesAllThreads::involuntary)
          .described(
              "Involuntary context switches (preempted by the scheduler) of every thread of the"
                  + " process, exited ones included; psutil's num_ctx_switches() counts the"
                  + " thread-group leader alone. CtxSwitchesSource says how it was counted",
              "Process().num_ctx_switches_all_threads().involuntary (psutil4j, not in psutil)")
          .gauge("CtxSwitchesSource", STRING, "text", c -> c.source().label())
          .described(
              "How CtxSwitchesVoluntary/Involuntary were counted: getrusage (RUSAGE_SELF, exact;"
                  + " where JNA loads without a warning: before JDK 24 or with"
                  + " --enable-native-access) or proc_tasks (the sum over /proc/self/task plus the"
                  + " last counts seen of threads that exited since this MBean's first read;"
                  + " switches a thread made after its last reading, and threads born and gone"
                  + " between two reads, are missed; it reads one status file per thread, so its"
                  + " cost grows with the threads and it is refreshed at most every "
                  + CostlySources.THREADS_DEFAULT
                  + " by"
                  + " default, option threads.interval)",
              "Process().num_ctx_switches_all_threads().source (psutil4j, not in psutil)")
          .from(STATUS, "Process().memory_info_ex()")
          .gauge("PeakRss", MemoryInfoEx.PEAK_RSS, s -> ex(s, MemoryInfoEx::peakRss))
          .described("Peak resident set size (VmHWM)")
          .gauge("PeakVms", MemoryInfoEx.PEAK_VMS, s -> ex(s, MemoryInfoEx::peakVms))
          .described("Peak virtual memory size (VmPeak)")
          .gauge("RssAnon", MemoryInfoEx.RSS_ANON, s -> ex(s, MemoryInfoEx::rssAnon))
          .described("Resident anonymous memory (RssAnon)")
          .gauge("RssFile", MemoryInfoEx.RSS_FILE, s -> ex(s, MemoryInfoEx::rssFile))
          .described("Resident file mappings (RssFile)")
          .gauge("RssShmem", MemoryInfoEx.RSS_SHMEM, s -> ex(s, MemoryInfoEx::rssShmem))
          .described("Resident shared memory (RssShmem)")
          .gauge("Swap", MemoryInfoEx.SWAP, s -> ex(s, MemoryInfoEx::swap))
          .described("Swapped-out memory, from /proc/self/status (VmSwap)")
          .gauge("Hugetlb", MemoryInfoEx.HUGETLB, s -> ex(s, MemoryInfoEx::hugetlb))
          .described("Huge pages (HugetlbPages)")
          .from(FOOTPRINT, "Process().memory_footprint()")
          .gauge("Uss", MemoryFootprint.USS, MemoryFootprint::uss)
          .described(
              "Unique set size: memory freed if the process exited"
                  + " (smaps_rollup, read at most every "
                  + CostlySources.FOOTPRINT_DEFAULT
                  + " by default, option footprint.interval:"
                  + " its cost grows with resident memory)")
          .gauge("Pss", MemoryFootprint.PSS, MemoryFootprint::pss)
          .described(
              "Proportional set size: shared pages divided among their sharers"
                  + " (smaps_rollup, read at most every "
                  + CostlySources.FOOTPRINT_DEFAULT
                  + " by default, option footprint.interval:"
                  + " its cost grows with resident memory)")
          .gauge("FootprintSwap", MemoryFootprint.SWAP, MemoryFootprint::swap)
          .described(
              "Swapped-out memory, from smaps_rollup (named apart from Swap, which is VmSwap)"
                  + " and read at most every "
                  + CostlySources.FOOTPRINT_DEFAULT
                  + " by default, option footprint.interval: its cost"
                  + " grows with resident memory")
          .from(STAT, "Process().page_faults()")
          .counter("MinorFaults", PageFaults.MINOR, s -> part(s.faults, PageFaults::minor))
          .described("Minor page faults (no disk read)")
          .counter("MajorFaults", PageFaults.MAJOR, s -> part(s.faults, PageFaults::major))
          .described("Major page faults (read from disk)")
          .from(IO, "Process().io_counters()")
          .counter("ReadCount", IoCounters.READ_COUNT, IoCounters::readCount)
          .described("Read system calls")
          .counter("WriteCount", IoCounters.WRITE_COUNT, IoCounters::writeCount)
          .described("Write system calls")
          .counter("ReadBytes", IoCounters.READ_BYTES, IoCounters::readBytes)
          .described("Bytes read from storage")
          .counter("WriteBytes", IoCounters.WRITE_BYTES, IoCounters::writeBytes)
          .described("Bytes written to storage")
          .counter("ReadChars", IoCounters.READ_CHARS, IoCounters::readChars)
          .described("Bytes passed to read calls (cache hits included)")
          .counter("WriteChars", IoCounters.WRITE_CHARS, IoCounters::writeChars)
          .described("Bytes passed to write calls")
          .from(STAT, "Process().cpu_times()")
          .counter("User", ProcessCpuTimes.USER, s -> part(s.cpu, ProcessCpuTimes::user))
          .described("CPU time in user mode")
          .counter("System", ProcessCpuTimes.SYSTEM, s -> part(s.cpu, ProcessCpuTimes::system))
          .described("CPU time in kernel mode")
          .counter(
              "ChildrenUser",
              ProcessCpuTimes.CHILDREN_USER,
              s -> part(s.cpu, ProcessCpuTimes::childrenUser))
          .described("User CPU time of waited-for children")
          .counter(
              "ChildrenSystem",
              ProcessCpuTimes.CHILDREN_SYSTEM,
              s -> part(s.cpu, ProcessCpuTimes::childrenSystem))
          .described("System CPU time of waited-for children")
          .counter("Iowait", ProcessCpuTimes.IOWAIT, s -> part(s.cpu, ProcessCpuTimes::iowait))
          .described("Time waiting for block I/O (delayacct_blkio_ticks)")
          .gauge("CpuPercent", DOUBLE, "percent", s -> s.cpuPercent)
          .described(
              "CPU use since the previous refresh, in percent of one CPU (up to 100 x CPUs)",
              "Process().cpu_percent()")
          .from(NOFILE)
          .gauge("RlimitNofileSoft", LONG, "count", l -> limit(l.soft()))
          .described(
              "Soft limit on open file descriptors; null when unlimited",
              "Process().rlimit(RLIMIT_NOFILE)[0]")
          .gauge("RlimitNofileHard", LONG, "count", l -> limit(l.hard()))
          .described(
              "Hard limit on open file descriptors; null when unlimited",
              "Process().rlimit(RLIMIT_NOFILE)[1]")
          .from(HEAP, "heap_info()")
          .gauge("HeapUsed", HeapInfo.HEAP_USED, HeapInfo::heapUsed)
          .described(
              "malloc heap in use (glibc mallinfo2, via JNA); null when native access is off: on"
                  + " JDK 24+ run with --enable-native-access=ALL-UNNAMED")
          .gauge("MmapUsed", HeapInfo.MMAP_USED, HeapInfo::mmapUsed)
          .described(
              "malloc memory in mmap-ed blocks (glibc mallinfo2, via JNA); null when native access"
                  + " is off: on JDK 24+ run with --enable-native-access=ALL-UNNAMED")
          .readingAge(
              "Age of the oldest reading this MBean serves: each source above is read from the"
                  + " kernel when one of its attributes is read and its interval has passed"
                  + " (smaps_rollup "
                  + CostlySources.FOOTPRINT_DEFAULT
                  + " by default, option footprint.interval; the task table "
                  + CostlySources.THREADS_DEFAULT
                  + ","
                  + " option threads.interval; the rest the cache interval), so this exceeds those when an attribute has not been asked for"
                  + " since, or when a source's refresh passed its 2 s deadline and the last"
                  + " reading is served stale; null before the first read. Reading it reads"
                  + " nothing")
          .build();

  private ProcessTable() {}

  /**
   * The readings of {@code process}: smaps_rollup at most every footprint interval of {@code scale}
   * (its cost grows with resident memory and it walks the page tables under the JVM's own mmap
   * lock), the context switches by {@link AllThreadSwitches}' rule with its threads interval, the
   * rest every cache interval.
   *
   * @param heap this process's malloc heap; null when it cannot be read without side effects (see
   *     {@link io.psutil4j.Platforms#nativeLoadsQuietly()})
   */
  static Readings readings(
      Platform platform,
      Process process,
      Supplier<HeapInfo> heap,
      ScaleOptions scale,
      Readings.Builder readings) {
    // the two oneshot readers each have a Process of their own: a oneshot scope caches files for
    // every reader of its Process, and the sources refresh on different threads
    Supplier<Process> statReader = ownProcess(platform, process.pid());
    Supplier<Process> statusReader = ownProcess(platform, process.pid());
    return readings
        .with(PID, process::pid)
        .with(STAT, () -> ProcessStatReading.read(statReader.get()))
        .with(STATUS, () -> ProcessStatusReading.read(statusReader.get()))
        .with(MEMORY, process::memoryInfo)
        .with(FDS, process::numFds)
        .with(THREADS, process::numThreads)
        .cachedBy(
            CTX_SWITCHES,
            process::numCtxSwitchesAllThreads,
            (r, ms) -> new AllThreadSwitches(r, ms, scale.threadsIntervalMillis()))
        .cachedBy(
            FOOTPRINT,
            process::memoryFootprint,
            CostlySources.atMostEvery(scale.footprintIntervalMillis()))
        .with(IO, process::ioCounters)
        .with(NOFILE, () -> process.rlimit(ProcessRlimit.RLIMIT_NOFILE))
        .with(HEAP, heap)
        .build();
  }

  /** A Process of its own for one reader, made at its first read (the pid may be gone by then). */
  private static Supplier<Process> ownProcess(Platform platform, int pid) {
    AtomicReference<Process> own = new AtomicReference<>();
    return () -> own.updateAndGet(p -> p != null ? p : Process.of(platform, pid));
  }

  /** The heapTrim operation, served beside the table; {@code trimmer} null where there is none. */
  static DescribedMBean<ProcessOperationsMXBean> operations(@Nullable HeapTrimmer trimmer) {
    return new DescribedMBean<>(
        new ProcessOperations(trimmer), ProcessOperationsMXBean.class, TABLE.description);
  }

  /** {@code getter}'s value, or null when the kernel (or the native library) refuses it. */
  static <T> @Nullable T quietly(Supplier<T> getter) {
    try {
      return getter.get();
    } catch (RuntimeException | LinkageError e) {
      // AccessDenied, a vanished file, JNA or glibc's mallinfo unavailable: this value is unknown
      return null;
    }
  }

  private static @Nullable Long ex(
      ProcessStatusReading reading, Function<MemoryInfoEx, Long> field) {
    return part(reading.memory, field);
  }

  private static <T, R> @Nullable R part(@Nullable T part, Function<T, R> field) {
    return part == null ? null : field.apply(part);
  }

  private static @Nullable Long limit(long value) {
    return value < 0 ? null : value;
  }
}

package io.psutil4j;

import io.psutil4j.spi.ExitWatch;
import io.psutil4j.spi.Platform;
import io.psutil4j.spi.ProcessAccess;
import java.lang.ref.Cleaner;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code Process}: one process, identified by its pid and its start time, so a pid the
 * kernel recycles for another process is recognised as such. Getters read the kernel on every call
 * unless inside {@link #oneshot()} or prefetched by {@link Psutil#processIter(List, Object)}.
 * Methods that change the process (setters, signals) and {@link #ppid()}/{@link #children} first
 * check that the pid was not reused and raise {@link NoSuchProcess} if it was. Not thread-safe,
 * like psutil's. Not final only so that {@link Popen} can be one: it has no public constructor.
 */
@SuppressWarnings("JavaLangClash") // psutil's name for it; java.lang.Process is the one to qualify
public class Process {
  /** The kernel keeps comm to 15 bytes (TASK_COMM_LEN - 1). */
  private static final int COMM_LENGTH = 15;

  private final Platform platform;
  private final ProcessAccess access;
  private final int pid;
  final double identityStart;
  private @Nullable Double createTime;
  private @Nullable String exe;
  private final ProcessCpuPercent cpuPercent = new ProcessCpuPercent();
  private volatile @Nullable Prefetch prefetched;
  private @Nullable Integer returncode;
  private java.lang.@Nullable Process child;
  private ExitWatch exitWatch = ExitWatch.NONE;
  private volatile @Nullable String lastName;
  private volatile int lastSignalSent;
  private long totalMemory;

  private Process(Platform platform, int pid) {
    this.platform = platform;
    this.pid = pid;
    this.access = platform.process(pid);
    try {
      this.identityStart = access.startTimeAfterBoot();
    } catch (NoSuchProcess e) {
      throw e instanceof ZombieProcess ? e : new NoSuchProcess(pid, null, "process PID not found");
    }
  }

  /** The process of this JVM. */
  public static Process current() {
    Platform platform = Platforms.current();
    return new Process(platform, platform.selfPid());
  }

  /**
   * The process with this pid (a thread id is accepted too, as psutil does).
   *
   * @throws IllegalArgumentException for a negative pid, naming it
   * @throws NoSuchProcess when no process has this pid (0 and pids beyond the pid range included)
   */
  public static Process of(long pid) {
    return of(Platforms.current(), pid);
  }

  /** The process with this pid, as {@code platform} sees it (e.g. a captured fixture tree). */
  public static Process of(Platform platform, long pid) {
    Objects.requireNonNull(platform, "platform");
    if (pid < 0) {
      throw new IllegalArgumentException("pid must be a positive integer (got " + pid + ")");
    }
    if (pid > Integer.MAX_VALUE) {
      // psutil's check_pid_range OverflowError: NoSuchProcess(pid, msg=...)
      throw new NoSuchProcess(pid, null, "process PID out of range");
    }
    if (pid == 0) {
      // Linux has no /proc/0: psutil reports pid 0 as not found.
      throw new NoSuchProcess(0, null, "process PID not found");
    }
    return new Process(platform, (int) pid);
  }

  Process(Platform platform, int pid, double identityStart) {
    this.platform = platform;
    this.pid = pid;
    this.access = platform.process(pid);
    this.identityStart = identityStart;
  }

  /**
   * A Popen child: its exit code comes from the JVM, which reaps it. Never raises NoSuchProcess,
   * even when the child has already ended (then its start time is unknown: NaN).
   */
  Process(java.lang.Process child, ExitWatch exitWatch) {
    this(Platforms.current(), (int) child.pid(), startOrNaN(Platforms.current(), child.pid()));
    this.child = child;
    this.exitWatch = exitWatch;
    // a Popen never waited for still frees its pidfd
    ChildCleanup.CLEANER.register(this, exitWatch::close);
    knownCreateTime(); // kept for repr after the exit, as psutil reads it at construction
  }

  /** Built with the first Popen: a Cleaner starts a thread, which an agent's host never gets. */
  private static final class ChildCleanup {
    static final Cleaner CLEANER = Cleaner.create();
  }

  private static double startOrNaN(Platform platform, long pid) {
    try {
      return platform.process((int) pid).startTimeAfterBoot();
    } catch (NoSuchProcess e) {
      return Double.NaN;
    }
  }

  Platform platform() {
    return platform;
  }

  public int pid() {
    return pid;
  }

  /**
   * {@code ppid()}: the parent's pid, read afresh (it becomes 1 or a subreaper's when the parent
   * dies). Checks pid reuse first.
   */
  public int ppid() {
    return pre(
        ProcessAttribute.PPID,
        () -> {
          requireNotReused();
          return access.ppid();
        });
  }

  /**
   * {@code parent()}: the parent process, or empty for pid 1 and kernel roots, or when the parent
   * pid now belongs to a process younger than this one (reused).
   */
  public Optional<Process> parent() {
    int ppid = ppid();
    if (ppid <= 0) {
      return Optional.empty();
    }
    try {
      // Start times after boot order processes as create times do, without a btime read.
      Process parent = of(platform, ppid);
      return parent.identityStart <= identityStart ? Optional.of(parent) : Optional.empty();
    } catch (NoSuchProcess e) {
      return Optional.empty();
    }
  }

  /** {@code parents()}: parent, grandparent, ... up to pid 1. */
  public List<Process> parents() {
    List<Process> out = new ArrayList<>();
    Optional<Process> next = parent();
    while (next.isPresent()) {
      out.add(next.get());
      next = next.get().parent();
    }
    return Collections.unmodifiableList(out);
  }

  /** {@code children(recursive=False)}. */
  public List<Process> children() {
    return children(false);
  }

  /**
   * {@code children(recursive)}: from one ppid map of every process; a child that started before
   * this process holds a reused pid and is left out. Recursive: every descendant, depth first; a
   * descendant whose intermediate parent died is lost, as in psutil.
   */
  public List<Process> children(boolean recursive) {
    requireNotReused();
    return ProcessFamily.children(this, recursive);
  }

  /**
   * {@code name()}: comm, or, when comm is cut at 15 characters, the basename of {@code
   * cmdline()[0]} that it is the start of ({@code gnome-keyring-d} becomes {@code
   * gnome-keyring-daemon}).
   */
  public String name() {
    String name = pre(ProcessAttribute.NAME, this::readName);
    lastName = name; // what repr shows once the process is gone, as psutil's _name
    return name;
  }

  private String readName() {
    String comm = access.comm();
    if (comm.length() < COMM_LENGTH) {
      return comm;
    }
    try {
      List<String> args = access.cmdline();
      if (!args.isEmpty()) {
        String first = args.get(0);
        String base = first.substring(first.lastIndexOf('/') + 1);
        if (base.startsWith(comm)) {
          return base;
        }
      }
    } catch (AccessDenied | ZombieProcess e) {
      // psutil keeps the kernel's truncated name when cmdline cannot be read.
    }
    return comm;
  }

  /**
   * {@code exe()}: the executable's absolute path, or "" when the kernel does not tell (kernel
   * threads). Cached per instance, as psutil does.
   */
  public String exe() {
    return pre(
        ProcessAttribute.EXE,
        () -> {
          if (exe == null) {
            exe = access.exe();
          }
          return exe;
        });
  }

  /**
   * {@code cmdline()}: the arguments the process was started with (or rewrote its title to). Bytes
   * that are not valid UTF-8 become U+DC80..U+DCFF, as Python's surrogateescape; {@link
   * #cmdlineBytes()} gives the exact bytes.
   */
  public List<String> cmdline() {
    return pre(ProcessAttribute.CMDLINE, access::cmdline);
  }

  /** The cmdline arguments as the kernel holds them, byte for byte (Python's os.fsencode). */
  public List<byte[]> cmdlineBytes() {
    return access.cmdlineBytes();
  }

  /**
   * {@code environ()}: the environment the process was started with (later setenv calls are not
   * seen); decoded as {@link #cmdline()}. Needs ptrace-read rights, else AccessDenied.
   */
  public Map<String, String> environ() {
    return pre(ProcessAttribute.ENVIRON, access::environ);
  }

  /** {@code status()}: from the state letter of /proc/PID/stat. */
  public ProcessStatus status() {
    return pre(ProcessAttribute.STATUS, access::status);
  }

  /** {@code create_time()}: seconds since the epoch, 1/CLK_TCK resolution. Cached. */
  public double createTime() {
    return pre(
        ProcessAttribute.CREATE_TIME,
        () -> {
          if (createTime == null) {
            createTime = access.createTime();
          }
          return createTime;
        });
  }

  /** {@code cwd()}: the working directory, or "" when the kernel does not tell. */
  public String cwd() {
    return pre(ProcessAttribute.CWD, access::cwd);
  }

  /** {@code uids()}: real, effective and saved uid. */
  public Uids uids() {
    return pre(ProcessAttribute.UIDS, access::uids);
  }

  /** {@code gids()}: real, effective and saved gid. */
  public Gids gids() {
    return pre(ProcessAttribute.GIDS, access::gids);
  }

  /** {@code username()}: the real uid's name, or the uid as text when no user has it. */
  public String username() {
    return pre(ProcessAttribute.USERNAME, access::username);
  }

  /** {@code terminal()}: the controlling terminal's path, or empty. */
  public Optional<String> terminal() {
    return Optional.ofNullable(pre(ProcessAttribute.TERMINAL, access::terminal));
  }

  /** {@code nice()}: the nice value, -20 (first) to 19 (last). */
  public int nice() {
    return pre(ProcessAttribute.NICE, access::nice);
  }

  /** {@code nice(value)}: sets the nice value; lowering it needs CAP_SYS_NICE (AccessDenied). */
  public void nice(int value) {
    requireNotReused();
    access.setNice(value);
  }

  /** {@code ionice()}: the I/O scheduling class and level (ioprio_get). */
  public IoNice ionice() {
    return pre(ProcessAttribute.IONICE, access::ionice);
  }

  /**
   * {@code ionice(ioclass)}: sets the class with value 0, as psutil does when no value is given
   * (for RT and BE the highest level of the class).
   */
  public void ionice(ProcessIOPriority ioclass) {
    ionice(ioclass, 0);
  }

  /**
   * {@code ionice(ioclass, value)}: value 0 (highest) to 7; IDLE and NONE take no value (0).
   *
   * @throws IllegalArgumentException as psutil's ValueError for a value out of range or a value
   *     given to IDLE/NONE
   */
  public void ionice(ProcessIOPriority ioclass, int value) {
    Objects.requireNonNull(ioclass, "ioclass");
    if (value < 0 || value > 7) {
      throw new IllegalArgumentException("value must be 0 to 7, got " + value);
    }
    if (value != 0
        && (ioclass == ProcessIOPriority.IOPRIO_CLASS_IDLE
            || ioclass == ProcessIOPriority.IOPRIO_CLASS_NONE)) {
      throw new IllegalArgumentException(ioclass + " accepts no value, got " + value);
    }
    requireNotReused();
    access.setIonice(ioclass, value);
  }

  /** {@code rlimit(resource)}: soft and hard limit, -1 for unlimited (/proc/PID/limits). */
  public ResourceLimit rlimit(ProcessRlimit resource) {
    Objects.requireNonNull(resource, "resource");
    return access.rlimit(resource);
  }

  /** {@code rlimit(resource, (soft, hard))}: sets a limit with prlimit(2); -1 is unlimited. */
  public void rlimit(ProcessRlimit resource, long soft, long hard) {
    Objects.requireNonNull(resource, "resource");
    requireNotReused();
    access.setRlimit(resource, soft, hard);
  }

  /** {@code cpu_affinity()}: the CPUs the process may run on, ascending. */
  public List<Integer> cpuAffinity() {
    return pre(ProcessAttribute.CPU_AFFINITY, access::cpuAffinity);
  }

  /**
   * {@code cpu_affinity(cpus)}: pins the process; an empty list means every eligible (online) CPU,
   * which undoes a pinning.
   */
  public void cpuAffinity(List<Integer> cpus) {
    Objects.requireNonNull(cpus, "cpus");
    requireNotReused();
    List<Integer> target = cpus.isEmpty() ? access.eligibleCpus() : cpus;
    for (Integer cpu : target) {
      if (cpu == null || cpu < 0) {
        throw new IllegalArgumentException("invalid CPU " + cpu);
      }
    }
    access.setCpuAffinity(target);
  }

  /** {@code cpu_num()}: the CPU the process last ran on. */
  public int cpuNum() {
    return pre(ProcessAttribute.CPU_NUM, access::cpuNum);
  }

  /** {@code num_fds()}: open file descriptors. */
  public int numFds() {
    return pre(ProcessAttribute.NUM_FDS, access::numFds);
  }

  /** {@code io_counters()}: from /proc/PID/io (needs ptrace-read rights). */
  public IoCounters ioCounters() {
    return pre(ProcessAttribute.IO_COUNTERS, access::ioCounters);
  }

  /** {@code num_threads()}. */
  public int numThreads() {
    return pre(ProcessAttribute.NUM_THREADS, access::numThreads);
  }

  /** {@code threads()}: every thread with its CPU seconds, by TID. */
  public List<ThreadTimes> threads() {
    return pre(ProcessAttribute.THREADS, access::threads);
  }

  /** {@code num_ctx_switches()}. */
  public CtxSwitches numCtxSwitches() {
    return pre(ProcessAttribute.NUM_CTX_SWITCHES, access::numCtxSwitches);
  }

  /**
   * Context switches of the whole process: every thread's, exited ones included, never decreasing
   * over the calls on this instance. Not psutil: {@link #numCtxSwitches()} counts the thread-group
   * leader only (psutil issue 1467), which in a JVM is the launcher thread idle in {@code main}.
   * This JVM reads getrusage(RUSAGE_SELF) where JNA loads without a warning (before JDK 24, or with
   * --enable-native-access); otherwise, and for other processes, the sum over /proc/PID/task plus
   * the last counts this instance read of threads that have since exited ({@link
   * CtxSwitchesAllThreads#source()} says which).
   */
  public CtxSwitchesAllThreads numCtxSwitchesAllThreads() {
    return access.numCtxSwitchesAllThreads();
  }

  /** {@code cpu_times()}: seconds of CPU, own and waited-for children's. */
  public ProcessCpuTimes cpuTimes() {
    return pre(ProcessAttribute.CPU_TIMES, access::cpuTimes);
  }

  /**
   * {@code cpu_percent()} (interval=None): CPU use since the previous call on this instance, in
   * percent of one CPU (up to 100 x CPUs); the first call returns 0.0.
   */
  public double cpuPercent() {
    return pre(ProcessAttribute.CPU_PERCENT, () -> cpuPercent.sample(access.cpuTimes()));
  }

  /**
   * {@code cpu_percent(interval)}: blocks {@code interval} seconds and measures over it.
   *
   * @throws IllegalArgumentException for a negative interval
   */
  public double cpuPercent(double interval) {
    CpuWindow.requireInterval(interval);
    if (interval == 0) {
      return cpuPercent.sample(access.cpuTimes());
    }
    return cpuPercent.blocking(access::cpuTimes, interval);
  }

  /** {@code memory_info()}. */
  public MemoryInfo memoryInfo() {
    return pre(ProcessAttribute.MEMORY_INFO, access::memoryInfo);
  }

  /** {@code memory_info_ex()}: memory_info plus the peaks and the RSS split of status. */
  public MemoryInfoEx memoryInfoEx() {
    return pre(ProcessAttribute.MEMORY_INFO_EX, access::memoryInfoEx);
  }

  /** {@code memory_footprint()}: USS, PSS and swap (smaps_rollup, smaps as fallback). */
  public MemoryFootprint memoryFootprint() {
    return pre(ProcessAttribute.MEMORY_FOOTPRINT, access::memoryFootprint);
  }

  /**
   * {@code memory_full_info()}: memory_info and memory_footprint in one tuple, read in one oneshot.
   *
   * @deprecated as in psutil 8: use {@link #memoryFootprint()} (and {@link #memoryInfo()})
   */
  @Deprecated
  public MemoryFullInfo memoryFullInfo() {
    return pre(
        ProcessAttribute.MEMORY_FULL_INFO,
        () -> {
          Oneshot scope = oneshot();
          try {
            return MemoryFullInfo.of(memoryInfo(), memoryFootprint());
          } finally {
            scope.close();
          }
        });
  }

  /** {@code memory_percent()}: RSS in percent of total RAM, not rounded. */
  public double memoryPercent() {
    return pre(ProcessAttribute.MEMORY_PERCENT, () -> memoryPercent("rss"));
  }

  /**
   * {@code memory_percent(memtype)}: any field of memory_info, memory_info_ex or memory_footprint,
   * in percent of {@code virtual_memory().total}, not rounded.
   *
   * @throws IllegalArgumentException for an unknown memtype, listing the valid ones
   */
  public double memoryPercent(String memtype) {
    return ProcessMemoryPercent.of(this, memtype);
  }

  /** virtual_memory().total, read once per instance (psutil keeps it for the module). */
  long totalMemory() {
    if (totalMemory <= 0) {
      totalMemory = platform.virtualMemory().total();
    }
    return totalMemory;
  }

  /** {@code memory_maps(grouped=True)}. */
  public List<MemoryMap> memoryMaps() {
    return pre(ProcessAttribute.MEMORY_MAPS, () -> access.memoryMaps(true));
  }

  /** {@code memory_maps(grouped)}: per path, or one entry per mapping with address and perms. */
  public List<MemoryMap> memoryMaps(boolean grouped) {
    return access.memoryMaps(grouped);
  }

  /** {@code page_faults()}: the process's own minor and major faults. */
  public PageFaults pageFaults() {
    return pre(ProcessAttribute.PAGE_FAULTS, access::pageFaults);
  }

  /** {@code open_files()}: the regular files the process holds open. */
  public List<OpenFile> openFiles() {
    return pre(ProcessAttribute.OPEN_FILES, access::openFiles);
  }

  /** {@code net_connections()}: the process's inet sockets (psutil's default kind). */
  public List<Connection> netConnections() {
    return pre(
        ProcessAttribute.NET_CONNECTIONS,
        () -> access.netConnections(ConnectionKind.INET.psutilName()));
  }

  /**
   * {@code net_connections(kind)}: the process's sockets of {@code kind}, one of {@link
   * Psutil#CONNECTION_KINDS}; an unknown kind is an IllegalArgumentException naming the valid ones.
   */
  public List<Connection> netConnections(String kind) {
    return access.netConnections(ConnectionKind.of(kind).psutilName());
  }

  /**
   * {@code connections()}: the process's inet sockets.
   *
   * @deprecated as in psutil (since 6.0): use {@link #netConnections()}
   */
  @Deprecated
  public List<Connection> connections() {
    return netConnections();
  }

  /**
   * {@code connections(kind)}.
   *
   * @deprecated as in psutil (since 6.0): use {@link #netConnections(String)}
   */
  @Deprecated
  public List<Connection> connections(String kind) {
    return netConnections(kind);
  }

  /**
   * {@code is_running()}: whether this very process still runs (a zombie counts), false once its
   * pid is gone or belongs to a newer process.
   */
  public boolean isRunning() {
    return startsAsThis(platform.process(pid));
  }

  /**
   * Whether the pid still names this process, read through this instance (so inside a oneshot the
   * stat read is shared with the getters); for process_iter.
   */
  boolean stillSame() {
    return startsAsThis(access);
  }

  private boolean startsAsThis(ProcessAccess process) {
    try {
      return process.startTimeAfterBoot() == identityStart;
    } catch (ZombieProcess e) {
      return true;
    } catch (NoSuchProcess e) {
      return false;
    }
  }

  /** {@code send_signal(sig)}: kill(2) after the reuse check; a no-op on a zombie. */
  public void sendSignal(int signal) {
    requireNotReused();
    access.sendSignal(signal);
    lastSignalSent = signal;
  }

  /** {@code suspend()}: SIGSTOP. */
  public void suspend() {
    sendSignal(Signals.SIGSTOP);
  }

  /** {@code resume()}: SIGCONT. */
  public void resume() {
    sendSignal(Signals.SIGCONT);
  }

  /** {@code terminate()}: SIGTERM. */
  public void terminate() {
    sendSignal(Signals.SIGTERM);
  }

  /** {@code kill()}: SIGKILL. */
  public void kill() {
    sendSignal(Signals.SIGKILL);
  }

  /**
   * {@code wait()}: blocks until the process ends. psutil's {@code wait} is {@code waitFor} here,
   * as Java's {@link Object#wait()} takes the name.
   *
   * @return the exit code for a {@link Popen} child, empty for any other process (psutil: None)
   */
  public OptionalInt waitFor() {
    return ProcessWaiter.waitFor(this, -1);
  }

  /**
   * {@code wait(timeout)}: as {@link #waitFor()}, giving up after {@code timeout} seconds (0: just
   * check).
   *
   * @throws TimeoutExpired when the process still runs after the timeout
   * @throws IllegalArgumentException for a negative timeout
   */
  public OptionalInt waitFor(double timeout) {
    return ProcessWaiter.waitFor(this, ProcessWaiter.requireTimeout(timeout));
  }

  /** The exit code a wait learnt, as wait_procs sets psutil's {@code returncode}. */
  public OptionalInt returncode() {
    return returncode == null ? OptionalInt.empty() : OptionalInt.of(returncode);
  }

  void returncode(Integer code) {
    this.returncode = code;
  }

  java.lang.@Nullable Process child() {
    return child;
  }

  ExitWatch exitWatch() {
    return exitWatch;
  }

  /** The last signal sent through this object, 0 if none: how a wait tells death by it. */
  int lastSignalSent() {
    return lastSignalSent;
  }

  /**
   * {@code as_dict()}: every attribute psutil's {@code as_dict} returns, by psutil's name, inside
   * one oneshot; an attribute the kernel denies, or a zombie cannot give, is null.
   */
  public Map<String, Object> asDict() {
    return asDict(null, null);
  }

  /**
   * {@code as_dict(attrs, ad_value)}: the named attributes (null: all), {@code adValue} where
   * AccessDenied or ZombieProcess was raised.
   *
   * @throws IllegalArgumentException naming any attribute psutil does not know
   */
  public Map<String, Object> asDict(@Nullable List<String> attrs, @Nullable Object adValue) {
    return ProcessDict.asDict(this, attrs, adValue);
  }

  /** psutil's {@code Process.attrs}: the names {@link #asDict} accepts, sorted. */
  public static List<String> attrs() {
    return ProcessDict.names();
  }

  /** The attributes process_iter prefetched (psutil's deprecated {@code info}), or empty. */
  public Map<String, Object> info() {
    Prefetch p = prefetched;
    return p == null ? Map.of() : ProcessDict.answered(p.values, p.adValue);
  }

  /**
   * process_iter stores what as_dict read (null forgets it); no-argument getters then return it
   * without a syscall. One immutable holder, so a getter never sees values of one iteration with
   * the ad_value of another.
   */
  void prefetch(@Nullable Map<String, Object> values, @Nullable Object adValue) {
    this.prefetched = values == null ? null : new Prefetch(values, adValue);
  }

  private static final class Prefetch {
    final Map<String, Object> values;
    final @Nullable Object adValue;

    Prefetch(Map<String, Object> values, @Nullable Object adValue) {
      this.values = values;
      this.adValue = adValue;
    }
  }

  /**
   * A prefetched attribute's value. One that was denied answers ad_value, as psutil 8 does; a
   * getter whose Java type cannot hold it (null for an int, a String for a List) raises the
   * original error instead, as Java has no value to give.
   */
  // NullAway: a denied attribute answers the caller's ad_value, null only for a caller who chose
  // None in process_iter(attrs, null); every other caller gets the getter's non-null value
  @SuppressWarnings({"unchecked", "NullAway"})
  private <T> T pre(ProcessAttribute attr, Supplier<T> read) {
    Prefetch p = prefetched;
    if (p != null && p.values.containsKey(attr.psutilName())) {
      Object v = p.values.get(attr.psutilName());
      if (v instanceof PsutilException) { // AccessDenied or ZombieProcess, kept by as_dict's read
        if (attr.canAnswer(p.adValue)) {
          return (T) p.adValue;
        }
        throw (PsutilException) v;
      }
      return (T) v;
    }
    return read.get();
  }

  /** psutil's _raise_if_pid_reused: NoSuchProcess when the pid now names another process. */
  void requireNotReused() {
    double now;
    try {
      now = access.startTimeAfterBoot();
    } catch (ZombieProcess e) {
      return;
    }
    if (now != identityStart) {
      throw new NoSuchProcess(pid, null, "process no longer exists and its PID has been reused");
    }
  }

  /**
   * {@code oneshot()}: until the returned scope closes, each kernel file is read once for all
   * getters. Scopes nest; only the outermost one drops the cache.
   */
  public Oneshot oneshot() {
    access.beginOneshot();
    return new Oneshot(access);
  }

  /** A oneshot scope, for try-with-resources. */
  public static final class Oneshot implements AutoCloseable {
    private final ProcessAccess access;
    private boolean closed;

    private Oneshot(ProcessAccess access) {
      this.access = access;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        access.endOneshot();
      }
    }
  }

  /**
   * Same pid and same start time: the same process, even across a clock step. A start time that
   * could not be read (a Popen child gone before we looked) counts as unknown and equal, as in
   * psutil 8 (#2895).
   */
  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Process)) {
      return false;
    }
    Process that = (Process) other;
    return pid == that.pid
        && (identityStart == that.identityStart
            || Double.isNaN(identityStart)
            || Double.isNaN(that.identityStart));
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(pid);
  }

  @Override
  public String toString() {
    // psutil's repr: psutil.Process(pid=1, name='init', status='sleeping', started='08:12:01'),
    // and once waited for: psutil.Process(pid=9, name='sleep', status='terminated', exitcode=-15,
    // started='08:12:01'); what cannot be read is left out
    StringBuilder out =
        new StringBuilder("psutil.").append(getClass().getSimpleName()).append("(pid=").append(pid);
    String status = null;
    try {
      String name = lastName != null ? lastName : name();
      out.append(", name='").append(name).append('\'');
      status = status().value();
    } catch (ZombieProcess e) {
      status = "zombie";
    } catch (NoSuchProcess e) {
      status = "terminated";
    } catch (AccessDenied e) {
      // no status either
    }
    if (status != null) {
      out.append(", status='").append(status).append('\'');
    }
    if (returncode != null) {
      out.append(", exitcode=").append(returncode);
    }
    Double started = knownCreateTime();
    if (started != null) {
      double now = System.currentTimeMillis() / 1000.0;
      out.append(", started='").append(started(started, now)).append('\'');
    }
    return out.append(')').toString();
  }

  /** The creation time, null when it can no longer be read (psutil keeps it from the start). */
  private @Nullable Double knownCreateTime() {
    if (createTime == null) {
      try {
        return createTime();
      } catch (PsutilException e) {
        return null;
      }
    }
    return createTime;
  }

  /** psutil's _pprint_secs: HH:MM:SS when started less than 24 hours ago, else the date too. */
  static String started(double createTime, double now) {
    long secsAgo = (long) (now - createTime); // Python's int(): towards zero
    ZonedDateTime t =
        Instant.ofEpochMilli((long) (createTime * 1000)).atZone(ZoneId.systemDefault());
    String pattern = secsAgo < 24 * 60 * 60 ? "HH:mm:ss" : "yyyy-MM-dd HH:mm:ss";
    return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).format(t);
  }
}

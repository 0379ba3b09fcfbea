package io.psutil4j;

import io.psutil4j.spi.Platform;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * psutil's module-level functions, for this machine. Names follow psutil's in Java's camel case
 * ({@code virtual_memory()} is {@link #virtualMemory()}); values carry psutil's field names and
 * units. Failures to read the kernel surface as {@link java.io.UncheckedIOException}, as psutil
 * lets OSError through.
 */
public final class Psutil {
  /** {@code __version__}: psutil4j's version, as its jar was built. */
  public static final String VERSION = Version.read();

  /**
   * {@code version_info}: the numbers of {@link #VERSION} ({@code [0, 1, 0]} for 0.1.0-SNAPSHOT).
   */
  public static final List<Integer> VERSION_INFO = Version.info(VERSION);

  /** The psutil release whose API and values psutil4j follows. */
  public static final String PSUTIL_VERSION = "8.0.0";

  private static final String OS_NAME = System.getProperty("os.name", "");

  /** psutil's OS flags, from {@code os.name}; psutil4j runs on Linux only. */
  public static final boolean LINUX = OS_NAME.startsWith("Linux");

  public static final boolean WINDOWS = OS_NAME.startsWith("Windows");

  public static final boolean MACOS = OS_NAME.startsWith("Mac");

  /** psutil's deprecated alias of {@link #MACOS}. */
  public static final boolean OSX = MACOS;

  public static final boolean FREEBSD = OS_NAME.equals("FreeBSD");

  public static final boolean OPENBSD = OS_NAME.equals("OpenBSD");

  public static final boolean NETBSD = OS_NAME.equals("NetBSD");

  public static final boolean BSD = FREEBSD || OPENBSD || NETBSD;

  public static final boolean SUNOS = OS_NAME.equals("SunOS");

  public static final boolean AIX = OS_NAME.equals("AIX");

  public static final boolean POSIX = LINUX || MACOS || BSD || SUNOS || AIX;

  /** Per-thread windows of cpu_percent and cpu_times_percent: separate, as psutil's dicts are. */
  private static final ThreadLocal<CpuWindow> PERCENT_WINDOW =
      ThreadLocal.withInitial(CpuWindow::new);

  private static final ThreadLocal<CpuWindow> TIMES_PERCENT_WINDOW =
      ThreadLocal.withInitial(CpuWindow::new);

  private static final WrapNumbers DISK_WRAP = new WrapNumbers();

  private static final WrapNumbers NET_WRAP = new WrapNumbers();

  /** The {@code kind}s {@link #netConnections(String)} accepts, as psutil's conn_tmap. */
  public static final List<String> CONNECTION_KINDS = ConnectionKind.names();

  private Psutil() {}

  private static Platform platform() {
    return Platforms.current();
  }

  /**
   * psutil's {@code PROCFS_PATH}: the /proc that the module functions, {@link Process} and
   * process_iter read; "/proc" unless set by {@link #setProcfsPath} or {@code
   * -Dpsutil4j.procfs_path}.
   */
  public static String procfsPath() {
    return Platforms.procfsPath();
  }

  /**
   * {@code psutil.PROCFS_PATH = path}: reads another /proc, such as the host's mounted into a
   * container at /host/proc. psutil re-reads the variable on every call; here the platform is built
   * once, so set it before the first call of psutil4j (or pass {@code
   * -Dpsutil4j.procfs_path=/host/proc}). /sys is still read at /sys. A {@link
   * io.psutil4j.linux.LinuxPlatform} built with its own roots serves several trees side by side.
   *
   * @throws IllegalArgumentException when {@code path} is not a directory, naming it
   * @throws IllegalStateException when psutil4j already reads another /proc, naming both
   */
  public static void setProcfsPath(String path) {
    Platforms.procfsPath(path);
  }

  /** {@code cpu_count()}: online logical CPUs, or empty when unknown. */
  public static OptionalInt cpuCount() {
    return cpuCount(true);
  }

  /**
   * {@code cpu_count(logical)}: logical CPUs, or physical cores when {@code logical} is false;
   * empty when the kernel does not tell. Host-wide: ignores affinity and cgroup quotas.
   */
  public static OptionalInt cpuCount(boolean logical) {
    return logical ? platform().cpuCountLogical() : platform().cpuCountPhysical();
  }

  /** {@code cpu_times()}: seconds in each CPU mode since boot, all CPUs together. */
  public static CpuTimes cpuTimes() {
    return platform().cpuTimes();
  }

  /** {@code cpu_times(percpu=True)}: one entry per online CPU. */
  public static List<CpuTimes> cpuTimesPercpu() {
    return platform().cpuTimesPercpu();
  }

  /**
   * {@code cpu_percent()}: busy share of all CPUs (0-100, one decimal) since this thread's previous
   * call of it. The first call in a thread compares two back-to-back samples (about 0.0), as psutil
   * does: keep calling at your polling interval. Another thread's calls do not shorten the window.
   */
  public static double cpuPercent() {
    return cpuPercent(0.0);
  }

  /**
   * {@code cpu_percent(interval)}: with {@code interval > 0} seconds, sleeps that long and returns
   * the busy share over it; with 0, as {@link #cpuPercent()}. Either way the new sample starts this
   * thread's next non-blocking window.
   *
   * @throws IllegalArgumentException when interval is negative (or NaN), naming it
   */
  public static double cpuPercent(double interval) {
    CpuWindow.requireInterval(interval);
    CpuTimes[] w = PERCENT_WINDOW.get().total(platform(), interval);
    return CpuPercent.between(w[0], w[1]);
  }

  /** {@code cpu_percent(percpu=True)}: as {@link #cpuPercent()}, one busy share per CPU. */
  public static List<Double> cpuPercentPercpu() {
    return cpuPercentPercpu(0.0);
  }

  /** {@code cpu_percent(interval, percpu=True)}: one busy share per online CPU. */
  public static List<Double> cpuPercentPercpu(double interval) {
    return percpu(PERCENT_WINDOW, interval, CpuPercent::between);
  }

  /**
   * {@code cpu_times_percent()}: each CPU mode's share of the CPU time elapsed since this thread's
   * previous call, with its own per-thread window (separate from {@link #cpuPercent}). See {@link
   * CpuPercent#timesPercent} for the one deliberate difference from psutil (bug #1586).
   */
  public static CpuTimes cpuTimesPercent() {
    return cpuTimesPercent(0.0);
  }

  /**
   * {@code cpu_times_percent(interval)}: with {@code interval > 0} seconds, sleeps that long and
   * compares; with 0, since this thread's previous call, as {@link #cpuTimesPercent()}.
   */
  public static CpuTimes cpuTimesPercent(double interval) {
    CpuWindow.requireInterval(interval);
    CpuTimes[] w = TIMES_PERCENT_WINDOW.get().total(platform(), interval);
    return CpuPercent.timesPercent(w[0], w[1]);
  }

  /** {@code cpu_times_percent(percpu=True)}: since this thread's previous call. */
  public static List<CpuTimes> cpuTimesPercentPercpu() {
    return cpuTimesPercentPercpu(0.0);
  }

  /** {@code cpu_times_percent(interval, percpu=True)}. */
  public static List<CpuTimes> cpuTimesPercentPercpu(double interval) {
    return percpu(TIMES_PERCENT_WINDOW, interval, CpuPercent::timesPercent);
  }

  /** Each CPU's two samples of this thread's {@code window}, compared. */
  private static <T> List<T> percpu(
      ThreadLocal<CpuWindow> window, double interval, BiFunction<CpuTimes, CpuTimes, T> compare) {
    CpuWindow.requireInterval(interval);
    List<T> out = new ArrayList<>();
    for (CpuTimes[] w : window.get().percpu(platform(), interval)) {
      out.add(compare.apply(w[0], w[1]));
    }
    return Collections.unmodifiableList(out);
  }

  /** This thread's cpu_percent window (tests). */
  static CpuWindow percentWindow() {
    return PERCENT_WINDOW.get();
  }

  /** This thread's cpu_times_percent window (tests). */
  static CpuWindow timesPercentWindow() {
    return TIMES_PERCENT_WINDOW.get();
  }

  /** {@code cpu_stats()}: context switches and interrupts since boot (/proc/stat). */
  public static CpuStats cpuStats() {
    return platform().cpuStats();
  }

  /**
   * {@code cpu_freq()}: current, min and max MHz averaged over the CPUs; empty when the kernel does
   * not tell (some VMs, aarch64).
   */
  public static Optional<CpuFreq> cpuFreq() {
    return CpuFreq.average(platform().cpuFreqPercpu());
  }

  /** {@code cpu_freq(percpu=True)}: one entry per online CPU; empty when unknown. */
  public static List<CpuFreq> cpuFreqPercpu() {
    return platform().cpuFreqPercpu();
  }

  /** {@code getloadavg()}. */
  public static LoadAverage getloadavg() {
    return platform().loadAverage();
  }

  /** {@code virtual_memory()}. */
  public static VirtualMemory virtualMemory() {
    return platform().virtualMemory();
  }

  /** {@code swap_memory()}. */
  public static SwapMemory swapMemory() {
    return platform().swapMemory();
  }

  /**
   * {@code disk_usage(path)}: total, used and free bytes of the file system holding {@code path} (a
   * file or a directory), as df(1) counts them.
   *
   * @throws java.io.UncheckedIOException wrapping {@link java.nio.file.NoSuchFileException} when
   *     the path does not exist
   */
  public static DiskUsage diskUsage(String path) {
    Objects.requireNonNull(path, "path");
    return platform().diskUsage(path);
  }

  /** {@code disk_partitions(all=False)}: mounted physical devices. */
  public static List<DiskPartition> diskPartitions() {
    return diskPartitions(false);
  }

  /**
   * {@code disk_partitions(all)}: mounted file systems; with {@code all=false} only those whose
   * fstype is backed by a device (not nodev in /proc/filesystems) and whose device is not none.
   */
  public static List<DiskPartition> diskPartitions(boolean all) {
    return platform().diskPartitions(all);
  }

  /**
   * {@code disk_io_counters()}: I/O counters summed over whole disks (names under /sys/block, as
   * iostat counts them), wrap-adjusted; empty when the host has no disks.
   */
  public static Optional<DiskIoCounters> diskIoCounters() {
    return diskIoCounters(true);
  }

  /**
   * {@code disk_io_counters(nowrap)}: as {@link #diskIoCounters()}; with {@code nowrap=false} the
   * kernel's counters are summed as they are, wrapped or not.
   */
  public static Optional<DiskIoCounters> diskIoCounters(boolean nowrap) {
    Map<String, DiskIoCounters> perdisk = diskIoCounters(platform().diskIoCounters(true), nowrap);
    return perdisk.isEmpty() ? Optional.empty() : Optional.of(DiskIoCounters.sum(perdisk.values()));
  }

  /**
   * {@code disk_io_counters(perdisk=True, nowrap)}: counters of every device and partition; with
   * {@code nowrap}, a counter never goes down between calls (see {@link WrapNumbers}).
   */
  public static Map<String, DiskIoCounters> diskIoCountersPerdisk(boolean nowrap) {
    return diskIoCounters(platform().diskIoCounters(false), nowrap);
  }

  /** {@code disk_io_counters(perdisk=True)}: wrap-adjusted, psutil's default nowrap. */
  public static Map<String, DiskIoCounters> diskIoCountersPerdisk() {
    return diskIoCountersPerdisk(true);
  }

  /** {@code disk_io_counters.cache_clear()}: forgets the nowrap state. */
  public static void diskIoCountersCacheClear() {
    DISK_WRAP.cacheClear();
  }

  private static Map<String, DiskIoCounters> diskIoCounters(
      Map<String, DiskIoCounters> raw, boolean nowrap) {
    return nowrap ? DISK_WRAP.apply(raw, DiskIoCounters::toArray, DiskIoCounters::of) : copy(raw);
  }

  private static <T> Map<String, T> copy(Map<String, T> raw) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(raw));
  }

  /**
   * {@code net_io_counters()}: counters summed over every NIC of this network namespace,
   * wrap-adjusted per NIC before summing; empty when there is no NIC.
   */
  public static Optional<NetIoCounters> netIoCounters() {
    return netIoCounters(true);
  }

  /**
   * {@code net_io_counters(nowrap)}: as {@link #netIoCounters()}; with {@code nowrap=false} the
   * kernel's counters are summed as they are, wrapped or not.
   */
  public static Optional<NetIoCounters> netIoCounters(boolean nowrap) {
    Map<String, NetIoCounters> pernic = netIoCountersPernic(nowrap);
    return pernic.isEmpty() ? Optional.empty() : Optional.of(NetIoCounters.sum(pernic.values()));
  }

  /** {@code net_io_counters(pernic=True)}: wrap-adjusted, psutil's default nowrap. */
  public static Map<String, NetIoCounters> netIoCountersPernic() {
    return netIoCountersPernic(true);
  }

  /** {@code net_io_counters(pernic=True, nowrap)}. */
  public static Map<String, NetIoCounters> netIoCountersPernic(boolean nowrap) {
    Map<String, NetIoCounters> raw = platform().netIoCountersPernic();
    return nowrap ? NET_WRAP.apply(raw, NetIoCounters::toArray, NetIoCounters::of) : copy(raw);
  }

  /** {@code net_io_counters.cache_clear()}: forgets the nowrap state. */
  public static void netIoCountersCacheClear() {
    NET_WRAP.cacheClear();
  }

  /** {@code wrap_numbers.cache_clear()}: forgets the nowrap state of every API. */
  public static void wrapNumbersCacheClear() {
    DISK_WRAP.cacheClear();
    NET_WRAP.cacheClear();
  }

  /** {@code net_if_stats()}: state, speed, MTU and flags of each NIC. */
  public static Map<String, NicStats> netIfStats() {
    return platform().netIfStats();
  }

  /** {@code net_if_addrs()}: the addresses of each NIC (MAC, IPv4, IPv6). */
  public static Map<String, List<NicAddress>> netIfAddrs() {
    return platform().netIfAddrs();
  }

  /** {@code net_connections()}: every inet socket (tcp, tcp6, udp, udp6) with its owner. */
  public static List<Connection> netConnections() {
    return netConnections("inet");
  }

  /**
   * {@code net_connections(kind)}: the sockets of one of {@link #CONNECTION_KINDS}, each with the
   * owning pid and fd where the caller may see them. The slowest call of the API: it reads every
   * process's fd table.
   *
   * @throws IllegalArgumentException for an unknown kind, listing the valid ones
   */
  public static List<Connection> netConnections(String kind) {
    return platform().netConnections(ConnectionKind.of(kind).psutilName());
  }

  /**
   * {@code sensors_temperatures()}: temperatures in Celsius by chip name (hwmon, else thermal
   * zones); a lone high or critical threshold is copied to the other, as psutil does.
   */
  public static Map<String, List<Temperature>> sensorsTemperatures() {
    return sensorsTemperatures(false);
  }

  /** {@code sensors_temperatures(fahrenheit)}. */
  public static Map<String, List<Temperature>> sensorsTemperatures(boolean fahrenheit) {
    Map<String, List<Temperature>> out = new LinkedHashMap<>();
    platform()
        .sensorsTemperatures()
        .forEach(
            (chip, temps) -> {
              List<Temperature> finished = new ArrayList<>(temps.size());
              for (Temperature t : temps) {
                finished.add(t.finish(fahrenheit));
              }
              out.put(chip, Collections.unmodifiableList(finished));
            });
    return Collections.unmodifiableMap(out);
  }

  /** {@code sensors_fans()}: fan speeds in RPM by chip name; empty without hwmon fans. */
  public static Map<String, List<Fan>> sensorsFans() {
    return platform().sensorsFans();
  }

  /**
   * {@code sensors_battery()}: charge, time left and AC state of the first battery; empty when the
   * host has none.
   */
  public static Optional<Battery> sensorsBattery() {
    return platform().sensorsBattery();
  }

  /** {@code boot_time()}: seconds since the epoch (whole seconds, as the kernel keeps it). */
  public static double bootTime() {
    return platform().bootTime();
  }

  /** {@code users()}: the sessions logged in now (utmp USER_PROCESS records). */
  public static List<User> users() {
    return platform().users();
  }

  /** {@code pids()}: every process id, ascending; thread ids are not listed. */
  public static List<Integer> pids() {
    return Collections.unmodifiableList(
        IntStream.of(platform().pids()).boxed().collect(Collectors.toList()));
  }

  /**
   * {@code pid_exists(pid)}: whether a process (zombies included) has this pid. False for a
   * negative pid, for 0 and for a thread id that is not its process's id, as in psutil.
   */
  public static boolean pidExists(long pid) {
    if (pid <= 0 || pid > Integer.MAX_VALUE) {
      return false;
    }
    return platform().pidExists((int) pid);
  }

  private static final class Iteration {
    static final ProcessIter DEFAULT = new ProcessIter(Platforms.current());
  }

  /**
   * {@code process_iter()}: every running process, by pid. The Process objects are kept between
   * calls, so {@code cpu_percent()} on them measures since the previous iteration. A process that
   * ends meanwhile is left out; nothing is thrown for it.
   */
  public static List<Process> processIter() {
    return Iteration.DEFAULT.iterate(null, null);
  }

  /** {@code process_iter(attrs)}: as {@link #processIter(List, Object)} with ad_value None. */
  public static List<Process> processIter(@Nullable List<String> attrs) {
    return processIter(attrs, null);
  }

  /**
   * {@code process_iter(attrs, ad_value)}: as {@link #processIter()}, each process's {@code attrs}
   * read once (one oneshot); its no-argument getters for those attrs then answer without reading
   * the kernel, and {@link Process#info()} holds them. An empty list means every attribute.
   *
   * <p>A prefetched attribute that was denied (AccessDenied, ZombieProcess) answers {@code adValue}
   * from its getter, as psutil 8 does. Java adds one case: a getter whose type cannot hold {@code
   * adValue} (null for {@code nice()}'s int, a String for {@code cmdline()}'s List) raises the
   * original exception, as it has no value to give.
   *
   * @throws IllegalArgumentException naming an attribute psutil does not know
   */
  public static List<Process> processIter(@Nullable List<String> attrs, @Nullable Object adValue) {
    return Iteration.DEFAULT.iterate(attrs, adValue);
  }

  /**
   * {@code process_iter()} as psutil's generator: a lazy stream in pid order over the processes
   * listed when it is first pulled (a process started after the call is seen), each one read (and
   * kept, as {@link #processIter()} keeps them) only when the stream reaches it. A process that
   * ends before its turn is skipped; one that is slow to be reached is still there. A Stream rather
   * than a List because that laziness is the point: a {@code findFirst} reads one process, not all
   * of them.
   */
  public static Stream<Process> processStream() {
    return processStream(null, null);
  }

  /**
   * {@code process_iter(attrs, ad_value)} as a lazy stream: as {@link #processStream()}, with the
   * prefetch of {@link #processIter(List, Object)}.
   *
   * @throws IllegalArgumentException at once, naming an attribute psutil does not know
   */
  public static Stream<Process> processStream(
      @Nullable List<String> attrs, @Nullable Object adValue) {
    Iterator<Process> walk = Iteration.DEFAULT.walk(attrs, adValue);
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            walk, Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL),
        false);
  }

  /** {@code process_iter.cache_clear()}: forgets the kept Process objects. */
  public static void processIterCacheClear() {
    Iteration.DEFAULT.clear();
  }

  /**
   * {@code wait_procs(procs, timeout, callback)}: waits for the processes to end; never throws
   * TimeoutExpired.
   *
   * @param timeout seconds, null to wait for all
   * @param callback called with each process found gone, or null
   */
  public static WaitProcs waitProcs(
      Collection<Process> procs, @Nullable Double timeout, @Nullable Consumer<Process> callback) {
    Objects.requireNonNull(procs, "procs");
    return WaitProcs.waitProcs(procs, timeout, callback);
  }

  /** {@code wait_procs(procs)}: waits for every process to end, with no callback. */
  public static WaitProcs waitProcs(Collection<Process> procs) {
    return waitProcs(procs, null, null);
  }

  /** {@code wait_procs(procs, timeout)}: at most {@code timeout} seconds, with no callback. */
  public static WaitProcs waitProcs(Collection<Process> procs, double timeout) {
    return waitProcs(procs, timeout, null);
  }

  /**
   * {@code heap_info()}: this process's C heap from glibc's mallinfo2 (mallinfo before glibc 2.33).
   *
   * @throws UnsupportedOperationException when JNA cannot load or libc lacks mallinfo (musl)
   */
  public static HeapInfo heapInfo() {
    return platform().heapInfo();
  }

  /**
   * {@code heap_trim()}: glibc's malloc_trim(0), giving free heap pages back to the kernel.
   *
   * @return whether any memory was released
   * @throws UnsupportedOperationException when JNA cannot load or libc lacks malloc_trim (musl)
   */
  public static boolean heapTrim() {
    return platform().heapTrim();
  }

  /**
   * The cgroup this JVM runs in: CPU quota (as a number of CPUs), weight, cpuset, usage and
   * throttling; memory limits, usage, breakdown and events; pids; I/O per device; the group's
   * pressure stall information. cgroup v2, v1 or hybrid; a limit of {@code max} is an empty value.
   * Not in psutil.
   *
   * @throws UnsupportedOperationException on a platform without cgroups
   */
  public static CgroupInfo cgroup() {
    return platform().cgroup(platform().selfPid());
  }

  /**
   * The cgroup of process {@code pid}, as {@link #cgroup()}.
   *
   * @throws NoSuchProcess when no such process exists
   */
  public static CgroupInfo cgroup(int pid) {
    return platform().cgroup(pid);
  }

  /**
   * Host-wide pressure stall information (kernel 4.20+, /proc/pressure): how much of the time tasks
   * waited for CPU, memory, I/O and interrupts. A resource the kernel does not report is empty. Not
   * in psutil.
   */
  public static PressureInfo pressure() {
    return platform().pressure();
  }
}

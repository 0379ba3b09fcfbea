package io.psutil4j.linux;

import io.psutil4j.Battery;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupPart;
import io.psutil4j.Connection;
import io.psutil4j.CpuFreq;
import io.psutil4j.CpuStats;
import io.psutil4j.CpuTimes;
import io.psutil4j.DiskIoCounters;
import io.psutil4j.DiskPartition;
import io.psutil4j.DiskUsage;
import io.psutil4j.Fan;
import io.psutil4j.HeapInfo;
import io.psutil4j.LoadAverage;
import io.psutil4j.NetIoCounters;
import io.psutil4j.NicAddress;
import io.psutil4j.NicStats;
import io.psutil4j.PressureInfo;
import io.psutil4j.SuppressForbidden;
import io.psutil4j.SwapMemory;
import io.psutil4j.Temperature;
import io.psutil4j.Uname;
import io.psutil4j.User;
import io.psutil4j.VirtualMemory;
import io.psutil4j.linux.cgroup.Cgroups;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.CpuList;
import io.psutil4j.linux.parse.ParseException;
import io.psutil4j.spi.CpuTimesAndStats;
import io.psutil4j.spi.ExitWatch;
import io.psutil4j.spi.LocatedCgroup;
import io.psutil4j.spi.MeminfoReading;
import io.psutil4j.spi.Platform;
import io.psutil4j.spi.ProcessAccess;
import io.psutil4j.spi.SwapTraffic;
import io.psutil4j.spi.TaskInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Linux, read from /proc and /sys. The roots are injected, so a captured fixture tree of another
 * host runs through the same code as the live machine.
 */
public final class LinuxPlatform implements Platform {
  private static final Path LIVE_PROC = Paths.get("/proc");

  private static final Path LIVE_SYS = Paths.get("/sys");

  private final Path procRoot;

  private final Path sysRoot;

  private final KernelConstants constants;

  private final Warnings warnings;

  private final MemoryReader memory;

  private final CpuTopology topology;
  private final CpuFreqReader cpuFreq;
  private final DiskReader disks;
  private final UnameReader unameReader;

  /** One for the platform: it keeps the last cgroup location while the files it came from agree. */
  private final Cgroups cgroups;

  private final Path utmpPath;

  // Resolved once: a Path per call (and its String) was most of what a read allocated besides the
  // file channel.
  private final Path statPath;

  private final Path loadavgPath;

  private final Path cpuOnlinePath;

  private final Path cpuinfoPath;

  private final boolean nativeCalls;

  /** Whether procRoot is the running kernel's /proc: asked per process, so decided once. */
  private final boolean liveProc;

  private @Nullable UserNames userNames;

  private @Nullable Terminals terminals;

  private volatile double processBootTime = Double.NaN;

  private LinuxPlatform(Builder b) {
    this.procRoot = b.procRoot;
    this.sysRoot = b.sysRoot;
    this.constants = b.constants != null ? b.constants : KernelConstants.fromAuxv(procRoot);
    this.warnings = new Warnings(b.warningStream);
    this.memory = new MemoryReader(procRoot, constants.pageSize(), warnings);
    this.topology = new CpuTopology(procRoot, sysRoot);
    this.cpuFreq = new CpuFreqReader(procRoot, sysRoot);
    this.disks = new DiskReader(procRoot, sysRoot);
    this.unameReader = new UnameReader(procRoot);
    this.cgroups = new Cgroups(procRoot, sysRoot);
    this.utmpPath = b.utmpPath;
    this.statPath = procRoot.resolve("stat");
    this.loadavgPath = procRoot.resolve("loadavg");
    this.cpuOnlinePath = sysRoot.resolve("devices/system/cpu/online");
    this.cpuinfoPath = procRoot.resolve("cpuinfo");
    this.nativeCalls = b.nativeCalls;
    this.liveProc = procRoot.toAbsolutePath().normalize().equals(Paths.get("/proc"));
  }

  /**
   * Whether a libc call may answer instead of a file under {@code root}: only for this machine's
   * own /proc or /sys (a fixture root is read as files), and only where native access is quiet.
   */
  private boolean nativeFor(Path root, Path live) {
    return nativeCalls && root.equals(live) && NativeLinux.fastPathsQuiet();
  }

  /** This machine: /proc and /sys, warnings on stderr. */
  public static LinuxPlatform live() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String name() {
    return "linux";
  }

  public Path procRoot() {
    return procRoot;
  }

  public Path sysRoot() {
    return sysRoot;
  }

  public KernelConstants constants() {
    return constants;
  }

  /** Every distinct fallback warning issued so far (psutil's RuntimeWarnings). */
  public List<String> warnings() {
    return warnings.issued();
  }

  @Override
  public CpuTimes cpuTimes() {
    return toCpuTimes(readSystemFile(statPath, ProcStat::totalTicksOnly));
  }

  @Override
  public List<CpuTimes> cpuTimesPercpu() {
    ProcStat stat = procStat();
    List<CpuTimes> out = new ArrayList<>(stat.cpuCount());
    for (int i = 0; i < stat.cpuCount(); i++) {
      out.add(toCpuTimes(stat.cpuTicks(i)));
    }
    return Collections.unmodifiableList(out);
  }

  /** One read of /proc/stat: each cpuN line under its N. */
  @Override
  public Map<Integer, CpuTimes> cpuTimesPercpuByNumber() {
    ProcStat stat = procStat();
    Map<Integer, CpuTimes> out = new LinkedHashMap<>();
    for (int i = 0; i < stat.cpuCount(); i++) {
      out.put(stat.cpuNumber(i), toCpuTimes(stat.cpuTicks(i)));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Kernel order (user, nice, system, idle, ...) to psutil 8 order (user, system, idle, nice, ...).
   */
  private CpuTimes toCpuTimes(long[] t) {
    double hz = constants.clockTicks();
    return CpuTimes.of(
        t[0] / hz, t[2] / hz, t[3] / hz, t[1] / hz, t[4] / hz, t[5] / hz, t[6] / hz, t[7] / hz,
        t[8] / hz, t[9] / hz);
  }

  /**
   * sysconf(_SC_NPROCESSORS_ONLN), as psutil, where native access is quiet; else what glibc reads
   * for it, /sys/devices/system/cpu/online. Then psutil's fallbacks: {@code processor} entries of
   * /proc/cpuinfo, then cpuN lines of /proc/stat.
   */
  @Override
  public OptionalInt cpuCountLogical() {
    if (nativeFor(sysRoot, LIVE_SYS)) {
      long online = NativeLinux.onlineCpus();
      if (online >= 1 && online <= Integer.MAX_VALUE) {
        return OptionalInt.of((int) online);
      }
    }
    int n = 0;
    try {
      n = KernelFiles.read(cpuOnlinePath, CpuList::parse).size();
    } catch (IOException | ParseException e) {
      n = 0;
    }
    if (n < 1) {
      try {
        n = KernelFiles.read(cpuinfoPath, Cpuinfo::parse).processors();
      } catch (IOException | ParseException e) {
        n = 0;
      }
    }
    if (n < 1) {
      n = procStat().cpuCount();
    }
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  @Override
  public OptionalInt cpuCountPhysical() {
    return topology.physicalCores();
  }

  @Override
  public CpuStats cpuStats() {
    StatCounters counters = readSystemFile(statPath, StatCounters::parse);
    return CpuStats.of(counters.ctxt(), counters.intr(), counters.softirq(), 0);
  }

  @Override
  public CpuTimesAndStats cpuTimesAndStats() {
    ProcStat stat = procStat();
    return new CpuTimesAndStats(
        toCpuTimes(stat.totalTicks()), CpuStats.of(stat.ctxt(), stat.intr(), stat.softirq(), 0));
  }

  @Override
  public List<CpuFreq> cpuFreqPercpu() {
    return cpuFreq.percpu();
  }

  @Override
  public LoadAverage loadAverage() {
    double[] avg = nativeFor(procRoot, LIVE_PROC) ? loadsBySysinfo() : null;
    if (avg == null) {
      avg = readSystemFile(loadavgPath, Loadavg::parse);
    }
    return LoadAverage.of(avg[0], avg[1], avg[2]);
  }

  /** sysinfo's loads as /proc/loadavg prints them, or null (the file answers) when it fails. */
  private static double @Nullable [] loadsBySysinfo() {
    try {
      return NativeLinux.loadAverage();
    } catch (NativeError | UnsupportedOperationException e) {
      return null;
    }
  }

  @Override
  public VirtualMemory virtualMemory() {
    return memory.virtualMemory();
  }

  @Override
  public SwapMemory swapMemory() {
    return memory.swapMemory();
  }

  @Override
  public MeminfoReading meminfo() {
    return memory.meminfoReading();
  }

  @Override
  public SwapTraffic swapTraffic() {
    return memory.swapTraffic();
  }

  /** statvfs of this machine's file system, whatever the roots (it is a system call). */
  @Override
  public DiskUsage diskUsage(String path) {
    return nativeCalls && NativeLinux.fastPathsQuiet()
        ? DiskReader.usageByStatvfs(path)
        : DiskReader.usage(path);
  }

  @Override
  public List<DiskPartition> diskPartitions(boolean all) {
    return disks.partitions(all);
  }

  @Override
  public Map<String, DiskIoCounters> diskIoCounters(boolean wholeDisksOnly) {
    return disks.ioCounters(wholeDisksOnly);
  }

  @Override
  public Map<String, NetIoCounters> netIoCountersPernic() {
    return new NetReader(procRoot, sysRoot, asksKernelNetwork()).ioCounters();
  }

  @Override
  public Map<String, NicStats> netIfStats() {
    return new NetReader(procRoot, sysRoot, asksKernelNetwork()).ifStats();
  }

  /** The sysfs files of that one NIC, without reading /proc/net/dev. */
  @Override
  public Optional<NicStats> netIfStats(String nic) {
    return Optional.ofNullable(new NetReader(procRoot, sysRoot, asksKernelNetwork()).ifStats(nic));
  }

  /**
   * The IP addresses are this machine's (getifaddrs or the JDK asks the kernel), whatever the
   * roots.
   */
  @Override
  public Map<String, List<NicAddress>> netIfAddrs() {
    return new NicAddressReader(sysRoot, asksKernelNetwork()).read();
  }

  @Override
  public List<Connection> netConnections(String kind) {
    return new ConnectionsReader(procRoot, new PidTable(procRoot), asksKernelNetwork())
        .connections(kind);
  }

  @Override
  public List<Connection> netConnectionsWithoutPids(String kind) {
    return new ConnectionsReader(procRoot, new PidTable(procRoot), asksKernelNetwork())
        .socketsOnly(kind);
  }

  @Override
  public Map<String, List<Temperature>> sensorsTemperatures() {
    return new SensorsReader(sysRoot).temperatures();
  }

  @Override
  public Map<String, List<Fan>> sensorsFans() {
    return new SensorsReader(sysRoot).fans();
  }

  @Override
  public Optional<Battery> sensorsBattery() {
    return new SensorsReader(sysRoot).battery();
  }

  /**
   * uid to name from the passwd file beside the proc root ({@code <proc>/../etc/passwd}:
   * /etc/passwd live, {@code <scenario>/etc/passwd} for a fixture tree).
   */
  synchronized UserNames userNames() {
    if (userNames == null) {
      userNames = new UserNames(besideProc("etc/passwd"));
    }
    return userNames;
  }

  /** Terminals from the /dev beside the proc root. */
  synchronized Terminals terminals() {
    if (terminals == null) {
      terminals = new Terminals(besideProc("dev"));
    }
    return terminals;
  }

  private Path besideProc(String relative) {
    Path parent = procRoot.toAbsolutePath().getParent();
    return (parent != null ? parent : procRoot.toAbsolutePath()).resolve(relative);
  }

  @Override
  public double bootTime() {
    OptionalLong btime = readSystemFile(statPath, ProcStat::btimeOnly);
    if (!btime.isPresent()) {
      throw new IllegalStateException("no btime line in " + statPath);
    }
    return btime.getAsLong();
  }

  @Override
  public Uname uname() {
    return unameReader.uname();
  }

  @Override
  public List<User> users() {
    return new UtmpReader(utmpPath).users();
  }

  @Override
  public ExitWatch watchExit(int pid) {
    return PidfdExitWatch.open(pid);
  }

  @Override
  public int selfPid() {
    return (int) ProcessHandle.current().pid();
  }

  @Override
  public int pidMax() {
    try {
      // Not Files.readAllBytes: a sysctl file reports size 0, the JDK then reads one byte and
      // the kernel (6.18) answers the next read at offset 1 with EOF, giving "3" for 32768.
      String raw =
          KernelFiles.read(
              procRoot.resolve("sys/kernel/pid_max"),
              (file, buf, len) -> new String(buf, 0, len, StandardCharsets.US_ASCII));
      return Integer.parseInt(raw.trim());
    } catch (IOException | NumberFormatException e) {
      return 4 * 1024 * 1024; // PID_MAX_LIMIT on 64-bit kernels
    }
  }

  @Override
  public ProcessAccess process(int pid) {
    return new LinuxProcess(pid, this);
  }

  ProcStat procStat() {
    return readSystemFile(statPath, ProcStat::parse);
  }

  private static <T> T readSystemFile(Path path, KernelFiles.Parser<T> parser) {
    try {
      return KernelFiles.read(path, parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public int[] pids() {
    return new PidTable(procRoot).pids();
  }

  @Override
  public boolean pidExists(int pid) {
    return new PidTable(procRoot).exists(pid);
  }

  /**
   * boot_time for create_time, read once per platform as psutil keeps BOOT_TIME, so listing many
   * processes does not read /proc/stat once each.
   */
  double processBootTime() {
    double bt = processBootTime;
    if (Double.isNaN(bt)) {
      bt = bootTime();
      processBootTime = bt;
    }
    return bt;
  }

  /**
   * Whether this platform reads the running kernel's /proc, so native calls reach the same pids.
   */
  boolean isLiveProc() {
    return liveProc;
  }

  /**
   * Whether a process reading may ask the kernel (getpriority, sched_getaffinity) instead of its
   * file: only for this machine's own /proc, and only where native access is quiet.
   */
  boolean asksKernel() {
    return nativeCalls && isLiveProc() && NativeLinux.fastPathsQuiet();
  }

  /**
   * Whether the network readings may ask the kernel natively (ioctls, getifaddrs, sock_diag): only
   * for this machine's own /proc and /sys, which those calls describe, and only where native access
   * is quiet.
   */
  boolean asksKernelNetwork() {
    return asksKernel() && sysRoot.toAbsolutePath().normalize().equals(Paths.get("/sys"));
  }

  @Override
  public Map<Integer, Integer> ppidMap() {
    return LinuxProcessTable.ppidMap(procRoot);
  }

  @Override
  public HeapInfo heapInfo() {
    long[] m = NativeLinux.mallinfo();
    return HeapInfo.of(m[0], m[1]);
  }

  @Override
  public boolean heapTrim() {
    return NativeLinux.mallocTrim();
  }

  @Override
  public List<TaskInfo> tasks(int pid) {
    return TaskReader.read(procRoot, pid, constants);
  }

  @Override
  public int[] taskIds(int pid) {
    return TaskReader.ids(procRoot, pid);
  }

  @Override
  public @Nullable String taskName(int pid, int tid) {
    return TaskReader.name(procRoot, pid, tid);
  }

  @Override
  public double taskCpuSeconds(int pid, int tid) {
    return TaskReader.cpuSeconds(procRoot, pid, tid, constants);
  }

  @Override
  public CgroupInfo cgroup(int pid, Set<CgroupPart> parts) {
    return cgroups.read(Integer.toString(pid), parts, this::hostCpusOrZero);
  }

  @Override
  public LocatedCgroup locateCgroup(int pid) {
    return cgroups.located(Integer.toString(pid), this::hostCpusOrZero);
  }

  /** Only bounds effective CPUs: a tree without any CPU count still has a cgroup to report. */
  private int hostCpusOrZero() {
    try {
      OptionalInt cpus = cpuCountLogical();
      return cpus.isPresent() ? cpus.getAsInt() : 0;
    } catch (UncheckedIOException | ParseException e) {
      return 0;
    }
  }

  @Override
  public PressureInfo pressure() {
    return cgroups.hostPressure();
  }

  /** Where to read from; defaults are this machine's /proc, /sys and kernel constants. */
  public static final class Builder {
    private Path procRoot = Paths.get("/proc");
    private Path sysRoot = Paths.get("/sys");
    private @Nullable KernelConstants constants;
    private @Nullable PrintStream warningStream = System.err;
    private Path utmpPath = Paths.get("/var/run/utmp");
    private boolean nativeCalls = true;

    @SuppressForbidden(
        reason =
            "psutil's warnings go to stderr, as Python's do, unless the caller passes a stream")
    private Builder() {}

    public Builder procRoot(Path root) {
      this.procRoot = Objects.requireNonNull(root, "root");
      return this;
    }

    public Builder sysRoot(Path root) {
      this.sysRoot = Objects.requireNonNull(root, "root");
      return this;
    }

    /** CLK_TCK and PAGESIZE of the host the roots came from (default: this kernel's). */
    public Builder constants(KernelConstants kernel) {
      this.constants = Objects.requireNonNull(kernel, "kernel");
      return this;
    }

    /** Where psutil's fallback warnings go; null keeps them silent (see {@link #warnings()}). */
    public Builder warningStream(@Nullable PrintStream stream) {
      this.warningStream = stream;
      return this;
    }

    /** The utmp file {@code users()} reads (default /var/run/utmp, what glibc reads). */
    public Builder utmpPath(Path utmp) {
      this.utmpPath = Objects.requireNonNull(utmp, "utmp");
      return this;
    }

    /** Files only, no libc fast path: for the tests that compare the two. */
    Builder withoutNativeCalls() {
      this.nativeCalls = false;
      return this;
    }

    public LinuxPlatform build() {
      return new LinuxPlatform(this);
    }
  }
}

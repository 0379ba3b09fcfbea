package io.psutil4j.spi;

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
import io.psutil4j.SwapMemory;
import io.psutil4j.Temperature;
import io.psutil4j.Uname;
import io.psutil4j.User;
import io.psutil4j.VirtualMemory;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The one seam between psutil4j's API and a kernel. {@link io.psutil4j.Psutil} and {@link
 * io.psutil4j.Process} hold the OS-independent logic (percentages, identity, caching); a platform
 * answers the raw questions. System-wide methods throw {@link java.io.UncheckedIOException} when a
 * kernel file cannot be read, as psutil lets OSError through.
 */
public interface Platform {
  /** A short name of the kernel this platform reads, e.g. {@code linux}. */
  String name();

  /** Seconds each CPU mode has run since boot, all CPUs together. */
  CpuTimes cpuTimes();

  /** Seconds each CPU mode has run since boot, one entry per online CPU, by position. */
  List<CpuTimes> cpuTimesPercpu();

  /**
   * {@link #cpuTimesPercpu()} keyed by the kernel's CPU number, in CPU order: a CPU taken offline
   * leaves a gap instead of shifting the CPUs after it. By default the position is the number.
   */
  default Map<Integer, CpuTimes> cpuTimesPercpuByNumber() {
    List<CpuTimes> all = cpuTimesPercpu();
    Map<Integer, CpuTimes> out = new LinkedHashMap<>();
    for (int i = 0; i < all.size(); i++) {
      out.put(i, all.get(i));
    }
    return out;
  }

  /** Online logical CPUs, or empty when the kernel does not tell. */
  OptionalInt cpuCountLogical();

  /** Physical cores, or empty when the kernel does not tell. */
  OptionalInt cpuCountPhysical();

  /** Context switches, interrupts and soft interrupts since boot. */
  CpuStats cpuStats();

  /**
   * {@link #cpuTimes()} and {@link #cpuStats()} from one reading: on Linux both come from
   * /proc/stat, which a caller wanting both should not make the kernel generate twice.
   */
  default CpuTimesAndStats cpuTimesAndStats() {
    return new CpuTimesAndStats(cpuTimes(), cpuStats());
  }

  /** Frequency of each online CPU, in CPU order; empty when the kernel does not tell. */
  List<CpuFreq> cpuFreqPercpu();

  LoadAverage loadAverage();

  VirtualMemory virtualMemory();

  SwapMemory swapMemory();

  /**
   * {@link #virtualMemory()} and {@link #swapMemory()}'s space from one reading: on Linux both come
   * from /proc/meminfo, which a caller wanting both should read once.
   */
  default MeminfoReading meminfo() {
    SwapMemory swap = swapMemory();
    return new MeminfoReading(virtualMemory(), swap.total(), swap.free());
  }

  /**
   * {@link #swapMemory()}'s sin and sout alone: on Linux from /proc/vmstat, without reading
   * /proc/meminfo.
   */
  default SwapTraffic swapTraffic() {
    SwapMemory swap = swapMemory();
    return new SwapTraffic(swap.sin(), swap.sout());
  }

  /** Usage of the file system holding {@code path}. */
  DiskUsage diskUsage(String path);

  /** Mounted file systems; {@code all=false} keeps physical devices only. */
  List<DiskPartition> diskPartitions(boolean all);

  /**
   * Raw (not wrap-adjusted) I/O counters by device name; with {@code wholeDisksOnly} just the names
   * psutil totals (whole disks), else every line (partitions too). Insertion order is the kernel's.
   */
  Map<String, DiskIoCounters> diskIoCounters(boolean wholeDisksOnly);

  /** Raw (not wrap-adjusted) counters by NIC name, in the kernel's order. */
  Map<String, NetIoCounters> netIoCountersPernic();

  /** State of each NIC. */
  Map<String, NicStats> netIfStats();

  /** State of one NIC; empty when it does not exist. Reads only that NIC where it can. */
  default Optional<NicStats> netIfStats(String nic) {
    return Optional.ofNullable(netIfStats().get(nic));
  }

  /** Addresses of each NIC, sorted by family. */
  Map<String, List<NicAddress>> netIfAddrs();

  /**
   * Sockets of {@code kind}, already validated against {@link io.psutil4j.Psutil#CONNECTION_KINDS}.
   */
  List<Connection> netConnections(String kind);

  /**
   * {@link #netConnections} without the owning pids (every {@code pid} is null): what a count by
   * status needs, without the walk over every process's fds that finding owners takes.
   */
  default List<Connection> netConnectionsWithoutPids(String kind) {
    return netConnections(kind);
  }

  /** Temperature sensors by chip name, Celsius, thresholds as the kernel gives them. */
  Map<String, List<Temperature>> sensorsTemperatures();

  /** Fans by chip name, RPM. */
  Map<String, List<Fan>> sensorsFans();

  /** The first battery, or empty when the host has none. */
  Optional<Battery> sensorsBattery();

  /** Boot time, seconds since the epoch. */
  double bootTime();

  /** Logged-in sessions (USER_PROCESS records of utmp). */
  List<User> users();

  /**
   * {@code os.uname()}: kernel name, host name, kernel release and version, machine.
   *
   * @throws java.io.UncheckedIOException when the kernel does not say
   */
  Uname uname();

  /** The pid of the process this JVM runs in. */
  int selfPid();

  /** The largest pid the kernel hands out (pid_max). */
  int pidMax();

  /**
   * Access to one process's kernel data. Does not check that the pid exists: the first read does,
   * and raises {@link io.psutil4j.NoSuchProcess}.
   */
  ProcessAccess process(int pid);

  /** Every process id (no thread ids), ascending. */
  int[] pids();

  /** Whether {@code pid} is a process (not a thread) that exists, zombies included. */
  boolean pidExists(int pid);

  /** psutil's ppid_map: pid to parent pid of every process; vanished processes are left out. */
  Map<Integer, Integer> ppidMap();

  /**
   * Every native thread of {@code pid} with its kernel name, state, CPU seconds and context
   * switches; a thread that exits while being read is left out.
   */
  List<TaskInfo> tasks(int pid);

  /** The thread ids of {@code pid}, no thread's own data read. */
  int[] taskIds(int pid);

  /** The kernel name of thread {@code tid} of {@code pid}; null when it has exited. */
  @Nullable String taskName(int pid, int tid);

  /** User plus system CPU seconds of thread {@code tid} of {@code pid}; NaN when it has exited. */
  double taskCpuSeconds(int pid, int tid);

  /** {@code heap_info()}: this process's malloc heap (glibc mallinfo2). */
  HeapInfo heapInfo();

  /** {@code heap_trim()}: glibc malloc_trim(0); whether memory was given back. */
  boolean heapTrim();

  /**
   * A watch on the end of child {@code pid}, opened before the JVM can reap it (right after it
   * starts); {@link ExitWatch#NONE} where the platform keeps no wait status.
   */
  default ExitWatch watchExit(int pid) {
    return ExitWatch.NONE;
  }

  /**
   * The cgroup {@code pid} runs in, its limits and usage: every {@link CgroupPart}.
   *
   * @throws io.psutil4j.NoSuchProcess when the process is gone
   * @throws UnsupportedOperationException on a platform without cgroups
   */
  default CgroupInfo cgroup(int pid) {
    return cgroup(pid, EnumSet.allOf(CgroupPart.class));
  }

  /**
   * The cgroup {@code pid} runs in with only {@code parts} read, each from its own files: the
   * version and paths are always there, a part not asked for is empty (as when its controller is
   * not mounted). A monitor that wants the memory figures alone reads no CPU or I/O file.
   *
   * @throws io.psutil4j.NoSuchProcess when the process is gone
   * @throws UnsupportedOperationException on a platform without cgroups
   */
  default CgroupInfo cgroup(int pid, Set<CgroupPart> parts) {
    throw new UnsupportedOperationException(name() + " has no cgroups");
  }

  /**
   * The cgroup {@code pid} runs in, located once, to read its parts from: {@link #cgroup(int, Set)}
   * locates the group at every call. By default every read locates it again.
   *
   * @throws io.psutil4j.NoSuchProcess when the process is gone
   * @throws UnsupportedOperationException on a platform without cgroups
   */
  default LocatedCgroup locateCgroup(int pid) {
    return parts -> cgroup(pid, parts);
  }

  /**
   * Host-wide pressure stall information.
   *
   * @throws UnsupportedOperationException on a platform without PSI
   */
  default PressureInfo pressure() {
    throw new UnsupportedOperationException(name() + " has no pressure stall information");
  }
}

package io.psutil4j.spi;

import io.psutil4j.Connection;
import io.psutil4j.CtxSwitches;
import io.psutil4j.CtxSwitchesAllThreads;
import io.psutil4j.Gids;
import io.psutil4j.IoCounters;
import io.psutil4j.IoNice;
import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryInfo;
import io.psutil4j.MemoryInfoEx;
import io.psutil4j.MemoryMap;
import io.psutil4j.OpenFile;
import io.psutil4j.PageFaults;
import io.psutil4j.ProcessCpuTimes;
import io.psutil4j.ProcessIOPriority;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.ProcessStatus;
import io.psutil4j.ResourceLimit;
import io.psutil4j.ThreadTimes;
import io.psutil4j.Uids;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One process as a platform sees it: the raw answers, without psutil's OS-independent rules
 * (identity, reuse checks, percentages), which {@link io.psutil4j.Process} applies. Every method
 * may raise {@link io.psutil4j.NoSuchProcess}, {@link io.psutil4j.ZombieProcess} or {@link
 * io.psutil4j.AccessDenied}; nothing else but {@link java.io.UncheckedIOException} for a kernel
 * file that exists and still cannot be read, and {@link UnsupportedOperationException} for what
 * this kernel or platform cannot do.
 */
public interface ProcessAccess {
  int pid();

  /** The kernel's short name (comm), at most 15 characters. */
  String comm();

  int ppid();

  List<String> cmdline();

  /** The cmdline arguments as the exact bytes the kernel holds. */
  List<byte[]> cmdlineBytes();

  /** Start time in seconds after boot: monotonic, so no clock step moves it (process identity). */
  double startTimeAfterBoot();

  /** Start time, seconds since the epoch. */
  double createTime();

  MemoryInfo memoryInfo();

  int numFds();

  int numThreads();

  CtxSwitches numCtxSwitches();

  /**
   * Context switches of every thread, exited ones included; never decreasing over the calls on one
   * instance.
   */
  CtxSwitchesAllThreads numCtxSwitchesAllThreads();

  /**
   * Starts caching what is read until the matching {@link #endOneshot()}; nests. Inside, no kernel
   * file is read twice.
   */
  void beginOneshot();

  void endOneshot();

  ProcessStatus status();

  /** The executable's path, or empty when the kernel does not tell (kernel threads). */
  String exe();

  /** The working directory, or empty when the kernel does not tell. */
  String cwd();

  Map<String, String> environ();

  Uids uids();

  Gids gids();

  /** The real uid's user name, or the uid as text when no user has it. */
  String username();

  /** The controlling terminal's path, or null when there is none. */
  @Nullable String terminal();

  IoCounters ioCounters();

  List<ThreadTimes> threads();

  ProcessCpuTimes cpuTimes();

  int cpuNum();

  MemoryInfoEx memoryInfoEx();

  MemoryFootprint memoryFootprint();

  List<MemoryMap> memoryMaps(boolean grouped);

  PageFaults pageFaults();

  List<OpenFile> openFiles();

  ResourceLimit rlimit(ProcessRlimit resource);

  void setRlimit(ProcessRlimit resource, long soft, long hard);

  /** The CPUs the process may run on, ascending. */
  List<Integer> cpuAffinity();

  void setCpuAffinity(List<Integer> cpus);

  /** The CPUs an empty {@code cpu_affinity([])} means: every CPU the process may be given. */
  List<Integer> eligibleCpus();

  int nice();

  void setNice(int value);

  IoNice ionice();

  void setIonice(ProcessIOPriority ioclass, int value);

  /** Sends a signal; the caller has already checked that the pid was not reused. */
  void sendSignal(int signal);

  /** The sockets among this process's fds, of {@code kind} (psutil's kinds: inet, tcp, unix...). */
  List<Connection> netConnections(String kind);
}

package io.psutil4j.linux;

import io.psutil4j.AccessDenied;
import io.psutil4j.Connection;
import io.psutil4j.CtxSwitches;
import io.psutil4j.CtxSwitchesAllThreads;
import io.psutil4j.CtxSwitchesAllThreads.Source;
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
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.ParseException;
import io.psutil4j.linux.parse.PidIo;
import io.psutil4j.linux.parse.PidStat;
import io.psutil4j.linux.parse.PidStatus;
import io.psutil4j.linux.parse.PidStatus.Key;
import io.psutil4j.linux.parse.Smaps;
import io.psutil4j.linux.parse.Statm;
import io.psutil4j.spi.ProcessAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One process read from /proc/PID. Inside a oneshot scope each of stat, status, statm and smaps is
 * read at most once (psutil's three oneshot groups plus statm); outside it every call reads afresh.
 * Files, memory maps and the native setters live in {@link LinuxProcessFiles}, {@link
 * LinuxProcessMemory} and {@link LinuxProcessControl}. Not thread-safe, like psutil's Process.
 */
final class LinuxProcess implements ProcessAccess {
  private final int pid;
  private final Path dir;
  private final LinuxPlatform platform;
  private final LinuxProcessFiles files;
  private final LinuxProcessMemory memory;
  private final LinuxProcessControl control;
  private String knownName;

  private int oneshotDepth;
  private PidStat cachedStat;
  private PidStatus cachedStatus;
  private Statm cachedStatm;
  private Smaps cachedSmaps;
  private byte[] cachedCmdline;
  private FdLinks cachedFdLinks;
  private final TaskSwitchTally switchTally = new TaskSwitchTally();

  // The hot files' Paths, resolved on first use and kept with the process (Process.current() is
  // read over and over by monitors).
  private Path statPath;
  private Path statusPath;
  private Path statmPath;

  LinuxProcess(int pid, Path dir, LinuxPlatform platform) {
    this.pid = pid;
    this.dir = dir;
    this.platform = platform;
    this.files = new LinuxProcessFiles(this);
    this.memory = new LinuxProcessMemory(this);
    this.control = new LinuxProcessControl(this);
  }

  @Override
  public int pid() {
    return pid;
  }

  Path dir() {
    return dir;
  }

  LinuxPlatform platform() {
    return platform;
  }

  String knownName() {
    return knownName;
  }

  @Override
  public String comm() {
    String name = stat().name();
    knownName = name;
    return name;
  }

  @Override
  public int ppid() {
    return stat().ppid();
  }

  @Override
  public List<String> cmdline() {
    return Cmdline.split(cmdlineRaw());
  }

  @Override
  public List<byte[]> cmdlineBytes() {
    return Cmdline.splitBytes(cmdlineRaw());
  }

  @Override
  public double startTimeAfterBoot() {
    return (double) stat().starttime() / platform.constants().clockTicks();
  }

  @Override
  public double createTime() {
    return startTimeAfterBoot() + platform.processBootTime();
  }

  @Override
  public MemoryInfo memoryInfo() {
    return memory.memoryInfo();
  }

  @Override
  public int numFds() {
    try {
      // inside a oneshot the listing is kept for open_files and net_connections to share
      return oneshotDepth > 0 ? fdLinks().count() : KernelFiles.countEntries(dir.resolve("fd"));
    } catch (IOException e) {
      throw translate(e);
    }
  }

  @Override
  public int numThreads() {
    return (int) requireStatus(statusFile(), Key.THREADS);
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    PidStatus s = statusFile();
    if (!s.has(Key.VOLUNTARY_CTXT_SWITCHES) || !s.has(Key.NONVOLUNTARY_CTXT_SWITCHES)) {
      // The lines arrived in 2.6.23; psutil raises NotImplementedError before that.
      throw new UnsupportedOperationException(
          "num_ctx_switches needs the *ctxt_switches lines of "
              + dir.resolve("status")
              + " (Linux 2.6.23+)");
    }
    return CtxSwitches.of(
        s.get(Key.VOLUNTARY_CTXT_SWITCHES), s.get(Key.NONVOLUNTARY_CTXT_SWITCHES));
  }

  /**
   * getrusage(RUSAGE_SELF) when this is the JVM itself and JNA loads without a word (see {@link
   * NativeLinux#loadsQuietly()}); otherwise, or when getrusage cannot be had, the threads of
   * /proc/PID/task with the departed ones this instance has seen.
   */
  @Override
  public CtxSwitchesAllThreads numCtxSwitchesAllThreads() {
    if (pid == platform.selfPid() && platform.isLiveProc() && NativeLinux.loadsQuietly()) {
      try {
        long[] c = NativeLinux.selfCtxSwitches();
        return CtxSwitchesAllThreads.of(c[0], c[1], Source.GETRUSAGE);
      } catch (UnsupportedOperationException | NativeError noNative) {
        // JNA or libc unavailable: /proc answers below
      }
    }
    try {
      return switchTally.read(dir);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  @Override
  public ProcessStatus status() {
    return ProcessStatus.fromStateLetter(stat().state());
  }

  @Override
  public String exe() {
    return files.exe();
  }

  @Override
  public String cwd() {
    return files.cwd();
  }

  @Override
  public Map<String, String> environ() {
    byte[] raw;
    try {
      raw = KernelFiles.read(dir.resolve("environ"), (f, b, n) -> Arrays.copyOf(b, n));
    } catch (IOException e) {
      RuntimeException translated = translate(e);
      if (translated instanceof UncheckedIOException && ProcessErrors.isGoneError(e)) {
        // A kernel thread has no mm: older kernels give an empty file, 6.x gives ESRCH while
        // the task lives. Either way it has no environment.
        return Collections.emptyMap();
      }
      throw translated;
    }
    return Cmdline.environ(raw);
  }

  @Override
  public Uids uids() {
    long[] ids = statusFile().uids();
    if (ids == null) {
      throw new ParseException(dir.resolve("status").toString(), 0, "Uid:", "line missing");
    }
    return Uids.of(ids[0], ids[1], ids[2]);
  }

  @Override
  public Gids gids() {
    long[] ids = statusFile().gids();
    if (ids == null) {
      throw new ParseException(dir.resolve("status").toString(), 0, "Gid:", "line missing");
    }
    return Gids.of(ids[0], ids[1], ids[2]);
  }

  @Override
  public String username() {
    return platform.userNames().name(uids().real());
  }

  @Override
  public String terminal() {
    long tty = stat().ttyNr();
    return tty == 0 ? null : platform.terminals().path(tty);
  }

  @Override
  public IoCounters ioCounters() {
    long[] v = read("io", PidIo::parse);
    return IoCounters.of(v[0], v[1], v[2], v[3], v[4], v[5]);
  }

  @Override
  public List<ThreadTimes> threads() {
    return files.threads();
  }

  @Override
  public ProcessCpuTimes cpuTimes() {
    PidStat s = stat();
    double hz = platform.constants().clockTicks();
    return ProcessCpuTimes.of(
        s.utime() / hz,
        s.stime() / hz,
        s.cutime() / hz,
        s.cstime() / hz,
        s.delayacctBlkioTicks() / hz);
  }

  @Override
  public int cpuNum() {
    return stat().processor();
  }

  @Override
  public MemoryInfoEx memoryInfoEx() {
    return memory.memoryInfoEx();
  }

  @Override
  public MemoryFootprint memoryFootprint() {
    return memory.footprint();
  }

  @Override
  public List<MemoryMap> memoryMaps(boolean grouped) {
    return memory.maps(grouped);
  }

  @Override
  public PageFaults pageFaults() {
    PidStat s = stat();
    return PageFaults.of(s.minflt(), s.majflt());
  }

  @Override
  public List<OpenFile> openFiles() {
    return files.openFiles();
  }

  @Override
  public List<Connection> netConnections(String kind) {
    FdLinks links;
    try {
      links = fdLinks();
    } catch (IOException e) {
      throw translate(e);
    }
    if (links.denied()) {
      throw new AccessDenied(pid, knownName(), dir.resolve("fd") + ": link not readable");
    }
    return new ConnectionsReader(platform.procRoot(), new PidTable(platform.procRoot()))
        .connectionsOf(pid, links, kind);
  }

  @Override
  public ResourceLimit rlimit(ProcessRlimit resource) {
    return control.rlimit(resource);
  }

  @Override
  public void setRlimit(ProcessRlimit resource, long soft, long hard) {
    control.setRlimit(resource, soft, hard);
  }

  @Override
  public List<Integer> cpuAffinity() {
    return control.cpuAffinity();
  }

  @Override
  public void setCpuAffinity(List<Integer> cpus) {
    control.setCpuAffinity(cpus);
  }

  @Override
  public List<Integer> eligibleCpus() {
    return control.eligibleCpus();
  }

  @Override
  public int nice() {
    return (int) stat().nice();
  }

  @Override
  public void setNice(int value) {
    control.setNice(value);
  }

  @Override
  public IoNice ionice() {
    return control.ionice();
  }

  @Override
  public void setIonice(ProcessIOPriority ioclass, int value) {
    control.setIonice(ioclass, value);
  }

  @Override
  public void sendSignal(int signal) {
    control.sendSignal(signal);
  }

  @Override
  public void beginOneshot() {
    oneshotDepth++;
  }

  @Override
  public void endOneshot() {
    if (oneshotDepth > 0 && --oneshotDepth == 0) {
      cachedStat = null;
      cachedStatus = null;
      cachedStatm = null;
      cachedSmaps = null;
      cachedCmdline = null;
      cachedFdLinks = null;
    }
  }

  PidStat stat() {
    if (cachedStat != null) {
      return cachedStat;
    }
    if (statPath == null) {
      statPath = dir.resolve("stat");
    }
    PidStat stat = read(statPath, PidStat::parse);
    if (oneshotDepth > 0) {
      cachedStat = stat;
    }
    return stat;
  }

  PidStatus statusFile() {
    if (cachedStatus != null) {
      return cachedStatus;
    }
    if (statusPath == null) {
      statusPath = dir.resolve("status");
    }
    PidStatus status = read(statusPath, PidStatus::parse);
    if (oneshotDepth > 0) {
      cachedStatus = status;
    }
    return status;
  }

  Statm statm() {
    if (cachedStatm != null) {
      return cachedStatm;
    }
    if (statmPath == null) {
      statmPath = dir.resolve("statm");
    }
    Statm statm = read(statmPath, Statm::parse);
    if (oneshotDepth > 0) {
      cachedStatm = statm;
    }
    return statm;
  }

  Smaps smaps() {
    if (cachedSmaps != null) {
      return cachedSmaps;
    }
    Smaps smaps = read("smaps", Smaps::parse);
    if (oneshotDepth > 0) {
      cachedSmaps = smaps;
    }
    return smaps;
  }

  /** num_fds, open_files and net_connections all need it: one pass inside oneshot. */
  FdLinks fdLinks() throws IOException {
    if (cachedFdLinks != null) {
      return cachedFdLinks;
    }
    FdLinks links = FdLinks.read(dir.resolve("fd"));
    if (oneshotDepth > 0) {
      cachedFdLinks = links;
    }
    return links;
  }

  /** name() and cmdline() both need it: one read inside oneshot. */
  private byte[] cmdlineRaw() {
    if (cachedCmdline != null) {
      return cachedCmdline;
    }
    byte[] raw = files.cmdlineRaw();
    if (oneshotDepth > 0) {
      cachedCmdline = raw;
    }
    return raw;
  }

  private long requireStatus(PidStatus s, Key key) {
    if (!s.has(key)) {
      throw new ParseException(dir.resolve("status").toString(), 0, key.name(), "line missing");
    }
    return s.get(key);
  }

  <T> T read(String file, KernelFiles.Parser<T> parser) {
    return read(dir.resolve(file), parser);
  }

  private <T> T read(Path path, KernelFiles.Parser<T> parser) {
    try {
      return KernelFiles.read(path, parser);
    } catch (IOException e) {
      throw translate(e);
    }
  }

  RuntimeException translate(IOException e) {
    return ProcessErrors.translate(e, dir, pid, knownName);
  }
}

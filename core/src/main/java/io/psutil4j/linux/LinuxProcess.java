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
import io.psutil4j.linux.PidStatus.Key;
import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.ParseException;
import io.psutil4j.spi.ProcessAccess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One process read from /proc/PID through its {@link PidDir}, which keeps what a oneshot scope
 * read. Files, memory maps and the native setters live in {@link LinuxProcessFiles}, {@link
 * LinuxProcessMemory} and {@link LinuxProcessControl}, each reading the same PidDir. Not
 * thread-safe, like psutil's Process.
 */
final class LinuxProcess implements ProcessAccess {
  private final PidDir dir;
  private final LinuxPlatform platform;
  private final LinuxProcessFiles files;
  private final LinuxProcessMemory memory;
  private final LinuxProcessControl control;
  private final TaskSwitchTally switchTally = new TaskSwitchTally();

  LinuxProcess(int pid, LinuxPlatform platform) {
    this.dir = new PidDir(pid, platform.procRoot(), platform.asksKernel());
    this.platform = platform;
    this.files = new LinuxProcessFiles(this.dir, platform.constants());
    this.memory = new LinuxProcessMemory(this.dir, platform.constants());
    this.control = new LinuxProcessControl(this.dir, platform);
  }

  @Override
  public int pid() {
    return dir.pid();
  }

  @Override
  public String comm() {
    String name = stat().name();
    dir.knownName(name);
    return name;
  }

  @Override
  public int ppid() {
    return stat().ppid();
  }

  @Override
  public List<String> cmdline() {
    return Cmdline.split(files.cmdlineRaw());
  }

  @Override
  public List<byte[]> cmdlineBytes() {
    return Cmdline.splitBytes(files.cmdlineRaw());
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
    if (dir.inOneshot()) {
      // the listing is kept for open_files and net_connections to share
      return dir.get(PidDir.FD).count();
    }
    try {
      return KernelFiles.countEntries(dir.resolve("fd"));
    } catch (IOException e) {
      throw dir.translate(e);
    }
  }

  @Override
  public int numThreads() {
    // a oneshot keeps the whole status for its other readers; alone, its Threads: line will do
    PidStatus status = dir.get(dir.inOneshot() ? PidDir.STATUS : PidDir.THREADS);
    return (int) requireStatus(status, Key.THREADS);
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    PidStatus s = dir.get(PidDir.STATUS);
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
    if (dir.pid() == platform.selfPid() && platform.isLiveProc() && NativeLinux.loadsQuietly()) {
      try {
        long[] c = NativeLinux.selfCtxSwitches();
        return CtxSwitchesAllThreads.of(c[0], c[1], Source.GETRUSAGE);
      } catch (UnsupportedOperationException | NativeError noNative) {
        // JNA or libc unavailable: /proc answers below
      }
    }
    try {
      return switchTally.read(dir.path());
    } catch (IOException e) {
      throw dir.translate(e);
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
      RuntimeException translated = dir.translate(e);
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
    long[] ids = dir.get(PidDir.STATUS).uids();
    if (ids == null) {
      throw new ParseException(dir.resolve("status").toString(), 0, "Uid:", "line missing");
    }
    return Uids.of(ids[0], ids[1], ids[2]);
  }

  @Override
  public Gids gids() {
    long[] ids = dir.get(PidDir.STATUS).gids();
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
  public @Nullable String terminal() {
    long tty = stat().ttyNr();
    return tty == 0 ? null : platform.terminals().path(tty);
  }

  @Override
  public IoCounters ioCounters() {
    long[] v = dir.read("io", PidIo::parse);
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
    FdLinks links = dir.get(PidDir.FD);
    if (links.denied()) {
      throw new AccessDenied(dir.pid(), dir.knownName(), dir.resolve("fd") + ": link not readable");
    }
    return new ConnectionsReader(
            platform.procRoot(), new PidTable(platform.procRoot()), platform.asksKernelNetwork())
        .connectionsOf(dir.pid(), links, kind);
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
    Integer fast = control.niceFromKernel();
    return fast != null ? fast : (int) stat().nice();
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
    dir.beginOneshot();
  }

  @Override
  public void endOneshot() {
    dir.endOneshot();
  }

  private PidStat stat() {
    return dir.get(PidDir.STAT);
  }

  private long requireStatus(PidStatus s, Key key) {
    if (!s.has(key)) {
      throw new ParseException(dir.resolve("status").toString(), 0, key.name(), "line missing");
    }
    return s.get(key);
  }
}

package io.psutil4j.linux;

import io.psutil4j.CtxSwitches;
import io.psutil4j.MemoryInfo;
import io.psutil4j.linux.parse.PidStat;
import io.psutil4j.linux.parse.PidStatus;
import io.psutil4j.linux.parse.PidStatus.Key;
import io.psutil4j.linux.parse.Statm;
import io.psutil4j.spi.ProcessAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * One process read from /proc/PID. Inside a oneshot scope each of stat, status and statm is read at
 * most once; outside it every call reads afresh. Not thread-safe, like psutil's Process.
 */
final class LinuxProcess implements ProcessAccess {
  private final int pid;
  private final Path dir;
  private final LinuxPlatform platform;
  private String knownName;

  private int oneshotDepth;
  private PidStat cachedStat;
  private PidStatus cachedStatus;
  private Statm cachedStatm;

  LinuxProcess(int pid, Path dir, LinuxPlatform platform) {
    this.pid = pid;
    this.dir = dir;
    this.platform = platform;
  }

  @Override
  public int pid() {
    return pid;
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
    byte[] raw = read("cmdline", (f, b, n) -> java.util.Arrays.copyOf(b, n));
    return Cmdline.split(raw);
  }

  @Override
  public double startTimeAfterBoot() {
    return (double) stat().starttime() / platform.constants().clockTicks();
  }

  @Override
  public double createTime() {
    return startTimeAfterBoot() + platform.bootTime();
  }

  @Override
  public MemoryInfo memoryInfo() {
    Statm m = statm();
    long page = platform.constants().pageSize();
    return MemoryInfo.of(
        m.resident() * page, m.size() * page, m.shared() * page, m.text() * page, m.data() * page);
  }

  @Override
  public int numFds() {
    try {
      return KernelFiles.countEntries(dir.resolve("fd"));
    } catch (IOException e) {
      throw ProcessErrors.translate(e, dir, pid, knownName);
    }
  }

  @Override
  public int numThreads() {
    return (int) requireStatus(status(), Key.THREADS);
  }

  @Override
  public CtxSwitches numCtxSwitches() {
    PidStatus s = status();
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
    }
  }

  PidStat stat() {
    if (cachedStat != null) {
      return cachedStat;
    }
    PidStat stat = read("stat", PidStat::parse);
    if (oneshotDepth > 0) {
      cachedStat = stat;
    }
    return stat;
  }

  PidStatus status() {
    if (cachedStatus != null) {
      return cachedStatus;
    }
    PidStatus status = read("status", PidStatus::parse);
    if (oneshotDepth > 0) {
      cachedStatus = status;
    }
    return status;
  }

  Statm statm() {
    if (cachedStatm != null) {
      return cachedStatm;
    }
    Statm statm = read("statm", Statm::parse);
    if (oneshotDepth > 0) {
      cachedStatm = statm;
    }
    return statm;
  }

  private long requireStatus(PidStatus s, Key key) {
    if (!s.has(key)) {
      throw new io.psutil4j.linux.parse.ParseException(
          dir.resolve("status").toString(), 0, key.name(), "line missing");
    }
    return s.get(key);
  }

  private <T> T read(String file, KernelFiles.Parser<T> parser) {
    try {
      return KernelFiles.read(dir.resolve(file), parser);
    } catch (IOException e) {
      throw ProcessErrors.translate(e, dir, pid, knownName);
    }
  }
}

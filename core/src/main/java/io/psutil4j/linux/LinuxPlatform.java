package io.psutil4j.linux;

import io.psutil4j.CgroupInfo;
import io.psutil4j.CpuTimes;
import io.psutil4j.LoadAverage;
import io.psutil4j.PressureInfo;
import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import io.psutil4j.linux.cgroup.Cgroups;
import io.psutil4j.linux.parse.Loadavg;
import io.psutil4j.linux.parse.ProcStat;
import io.psutil4j.spi.Platform;
import io.psutil4j.spi.ProcessAccess;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * Linux, read from /proc and /sys. The roots are injected, so a captured fixture tree of another
 * host runs through the same code as the live machine.
 */
public final class LinuxPlatform implements Platform {
  private final Path procRoot;
  private final Path sysRoot;
  private final KernelConstants constants;
  private final Warnings warnings;
  private final MemoryReader memory;
  private final CpuTopology topology;

  private LinuxPlatform(Builder b) {
    this.procRoot = b.procRoot;
    this.sysRoot = b.sysRoot;
    this.constants = b.constants != null ? b.constants : KernelConstants.fromAuxv(procRoot);
    this.warnings = new Warnings(b.warningStream);
    this.memory = new MemoryReader(procRoot, constants.pageSize(), warnings);
    this.topology = new CpuTopology(procRoot, sysRoot);
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
    return toCpuTimes(procStat().totalTicks());
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

  /**
   * Kernel order (user, nice, system, idle, ...) to psutil 8 order (user, system, idle, nice, ...).
   */
  private CpuTimes toCpuTimes(long[] t) {
    double hz = constants.clockTicks();
    return CpuTimes.of(
        t[0] / hz, t[2] / hz, t[3] / hz, t[1] / hz, t[4] / hz, t[5] / hz, t[6] / hz, t[7] / hz,
        t[8] / hz, t[9] / hz);
  }

  @Override
  public OptionalInt cpuCountLogical() {
    int n = procStat().cpuCount();
    return n >= 1 ? OptionalInt.of(n) : OptionalInt.empty();
  }

  @Override
  public OptionalInt cpuCountPhysical() {
    return topology.physicalCores();
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
  public double bootTime() {
    ProcStat stat = procStat();
    if (!stat.hasBtime()) {
      throw new IllegalStateException("no btime line in " + procRoot.resolve("stat"));
    }
    return stat.btime();
  }

  @Override
  public LoadAverage loadAverage() {
    double[] avg = readSystemFile("loadavg", Loadavg::parse);
    return LoadAverage.of(avg[0], avg[1], avg[2]);
  }

  @Override
  public int selfPid() {
    return (int) ProcessHandle.current().pid();
  }

  @Override
  public int pidMax() {
    try {
      byte[] raw = Files.readAllBytes(procRoot.resolve("sys/kernel/pid_max"));
      return Integer.parseInt(new String(raw, StandardCharsets.US_ASCII).trim());
    } catch (IOException | NumberFormatException e) {
      return 4 * 1024 * 1024; // PID_MAX_LIMIT on 64-bit kernels
    }
  }

  @Override
  public ProcessAccess process(int pid) {
    return new LinuxProcess(pid, procRoot.resolve(Integer.toString(pid)), this);
  }

  ProcStat procStat() {
    return readSystemFile("stat", ProcStat::parse);
  }

  private <T> T readSystemFile(String name, KernelFiles.Parser<T> parser) {
    try {
      return KernelFiles.read(procRoot.resolve(name), parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- containers: cgroups and pressure stall information (issue 7) ----

  @Override
  public CgroupInfo cgroup(int pid) {
    OptionalInt cpus = cpuCountLogical();
    return new Cgroups(procRoot, sysRoot)
        .read(Integer.toString(pid), cpus.isPresent() ? cpus.getAsInt() : 0);
  }

  @Override
  public PressureInfo pressure() {
    return new Cgroups(procRoot, sysRoot).hostPressure();
  }

  /** Where to read from; defaults are this machine's /proc, /sys and kernel constants. */
  public static final class Builder {
    private Path procRoot = Paths.get("/proc");
    private Path sysRoot = Paths.get("/sys");
    private KernelConstants constants;
    private PrintStream warningStream = System.err;

    private Builder() {}

    public Builder procRoot(Path root) {
      this.procRoot = root;
      return this;
    }

    public Builder sysRoot(Path root) {
      this.sysRoot = root;
      return this;
    }

    /** CLK_TCK and PAGESIZE of the host the roots came from (default: this kernel's). */
    public Builder constants(KernelConstants kernel) {
      this.constants = kernel;
      return this;
    }

    /** Where psutil's fallback warnings go; null keeps them silent (see {@link #warnings()}). */
    public Builder warningStream(PrintStream stream) {
      this.warningStream = stream;
      return this;
    }

    public LinuxPlatform build() {
      return new LinuxPlatform(this);
    }
  }
}

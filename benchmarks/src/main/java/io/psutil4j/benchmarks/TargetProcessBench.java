package io.psutil4j.benchmarks;

import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import oshi.software.os.OSProcess;
import oshi.software.os.OSThread;

/**
 * Every process operation on one target of fixed shape ({@link TargetProcess}: 20 threads, 50 open
 * regular files, 10 listening TCP sockets, 200 extra mappings), the process psutil_bench.py times
 * with {@code --pid}, so a row compares the code and not the process being read. The trial starts
 * the target and kills it after; with {@code -Dpsutil4j.bench.targetPid=N} (what {@link
 * SameTargetComparison} passes) it reads that running process instead and leaves it alone. OSHI
 * refreshes a process only as a whole ({@code updateAttributes()}), as in {@link SelfProcessBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class TargetProcessBench {
  /** A running target to read instead of starting one (the comparison driver's, shared). */
  static final String TARGET_PID_PROPERTY = "psutil4j.bench.targetPid";

  private TargetProcess started;
  private Path fdDir;
  private Path fdinfoDir;
  private Path taskDir;
  private Path stat;
  private Path status;
  private Path statm;
  private Path smaps;
  private Path smapsRollup;
  private Path limits;
  private final Floor floor = new Floor();
  private Process target;
  private OSProcess oshiTarget;
  private ProcessHandle handle;

  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    String given = System.getProperty(TARGET_PID_PROPERTY);
    int pid;
    if (given == null) {
      started = TargetProcess.start();
      pid = started.pid();
    } else {
      pid = Integer.parseInt(given);
    }
    Path dir = Paths.get("/proc", Integer.toString(pid));
    fdDir = dir.resolve("fd");
    fdinfoDir = dir.resolve("fdinfo");
    taskDir = dir.resolve("task");
    stat = dir.resolve("stat");
    status = dir.resolve("status");
    statm = dir.resolve("statm");
    smaps = dir.resolve("smaps");
    smapsRollup = dir.resolve("smaps_rollup");
    limits = dir.resolve("limits");
    target = Process.of(pid);
    oshiTarget = Oshi.os().getProcess(pid);
    Optional<ProcessHandle> found = ProcessHandle.of(pid);
    if (oshiTarget == null || found.isEmpty()) {
      stop();
      throw new IllegalStateException("target process " + pid + " is not running");
    }
    handle = found.get();
  }

  @TearDown(Level.Trial)
  public void stop() {
    if (started != null) {
      started.close();
      started = null;
    }
  }

  @Benchmark
  public Object targetMemoryInfo_psutil4j() {
    return target.memoryInfo();
  }

  @Benchmark
  public void targetMemoryInfo_oshi(Blackhole bh) {
    oshiTarget.updateAttributes();
    bh.consume(oshiTarget.getResidentSetSize());
    bh.consume(oshiTarget.getVirtualSize());
  }

  @Benchmark
  public long targetMemoryInfo_floor() throws IOException {
    return floor.read(statm);
  }

  /** psutil's memory_full_info(): its USS, PSS and swap come from the same smaps_rollup. */
  @Benchmark
  public Object targetMemoryFootprint_psutil4j() {
    return target.memoryFootprint();
  }

  @Benchmark
  public long targetMemoryFootprint_floor() throws IOException {
    return floor.read(smapsRollup);
  }

  @Benchmark
  public Object targetMemoryMaps_psutil4j() {
    return target.memoryMaps();
  }

  @Benchmark
  public long targetMemoryMaps_floor() throws IOException {
    return floor.read(smaps);
  }

  @Benchmark
  public int targetNumFds_psutil4j() {
    return target.numFds();
  }

  @Benchmark
  public long targetNumFds_oshi() {
    return oshiTarget.getOpenFiles();
  }

  @Benchmark
  public int targetNumFds_floor() throws IOException {
    return Floor.list(fdDir);
  }

  @Benchmark
  public int targetNumThreads_psutil4j() {
    return target.numThreads();
  }

  @Benchmark
  public int targetNumThreads_oshi() {
    oshiTarget.updateAttributes();
    return oshiTarget.getThreadCount();
  }

  @Benchmark
  public long targetNumThreads_floor() throws IOException {
    return floor.read(status);
  }

  @Benchmark
  public Object targetCtxSwitches_psutil4j() {
    return target.numCtxSwitches();
  }

  @Benchmark
  public long targetCtxSwitches_oshi() {
    oshiTarget.updateAttributes();
    return oshiTarget.getContextSwitches();
  }

  @Benchmark
  public long targetCtxSwitches_floor() throws IOException {
    return floor.read(status);
  }

  @Benchmark
  public Object targetCpuTimes_psutil4j() {
    return target.cpuTimes();
  }

  @Benchmark
  public void targetCpuTimes_oshi(Blackhole bh) {
    oshiTarget.updateAttributes();
    bh.consume(oshiTarget.getUserTime());
    bh.consume(oshiTarget.getKernelTime());
  }

  /** user + system in one duration; info() reads the process afresh on every call. */
  @Benchmark
  public Object targetCpuTimes_jdk() {
    return handle.info().totalCpuDuration();
  }

  @Benchmark
  public long targetCpuTimes_floor() throws IOException {
    return floor.read(stat);
  }

  @Benchmark
  public Object targetThreads_psutil4j() {
    return target.threads();
  }

  @Benchmark
  public List<OSThread> targetThreads_oshi() {
    return oshiTarget.getThreadDetails();
  }

  @Benchmark
  public long targetThreads_floor() throws IOException {
    return floor.threads(taskDir);
  }

  @Benchmark
  public Object targetOpenFiles_psutil4j() {
    return target.openFiles();
  }

  @Benchmark
  public long targetOpenFiles_floor() throws IOException {
    return floor.openFiles(fdDir, fdinfoDir);
  }

  /** net_connections('inet') of the target alone. */
  @Benchmark
  public Object targetConnections_psutil4j() {
    return target.netConnections("inet");
  }

  @Benchmark
  public long targetConnections_floor() throws IOException {
    return floor.connections(fdDir, NetBench.INET);
  }

  /** rlimit(RLIMIT_NOFILE) of another process; psutil makes one prlimit call. */
  @Benchmark
  public Object targetRlimitNofile_psutil4j() {
    return target.rlimit(ProcessRlimit.RLIMIT_NOFILE);
  }

  @Benchmark
  public long targetRlimitNofile_floor() throws IOException {
    return floor.read(limits);
  }

  /** as_dict(): every attribute psutil's as_dict() returns; no other library has one call. */
  @Benchmark
  public Object targetAsDict_psutil4j() {
    return target.asDict();
  }
}

package io.psutil4j.benchmarks;

import com.sun.management.UnixOperatingSystemMXBean;
import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.SuppressForbidden;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import oshi.software.os.OSProcess;
import oshi.software.os.OSThread;

/**
 * The benchmark JVM's own process, held once as psutil users hold {@code psutil.Process()}. OSHI
 * refreshes a process only as a whole ({@code updateAttributes()} reads stat, status, statm, io and
 * more), so every OSHI variant but the fd count pays for all of it.
 */
@SuppressForbidden(
    reason = "the JDK's com.sun.management MXBeans are what the _jdk variants measure")
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class SelfProcessBench {
  private final int pid = (int) ProcessHandle.current().pid();
  private final Path dir = Paths.get("/proc", Integer.toString(pid));
  private final Path stat = dir.resolve("stat");
  private final Path status = dir.resolve("status");
  private final Path statm = dir.resolve("statm");
  private final Path smapsRollup = dir.resolve("smaps_rollup");
  private final Path fdDir = dir.resolve("fd");
  private final Path fdinfoDir = dir.resolve("fdinfo");
  private final Path taskDir = dir.resolve("task");
  private final Path limits = dir.resolve("limits");

  private final Floor floor = new Floor();
  private final Process self = Process.current();
  private final OSProcess oshiSelf = Oshi.os().getProcess(pid);
  private final UnixOperatingSystemMXBean os =
      ManagementFactory.getPlatformMXBean(UnixOperatingSystemMXBean.class);
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

  @Benchmark
  public Object selfMemoryInfo_psutil4j() {
    return self.memoryInfo();
  }

  @Benchmark
  public void selfMemoryInfo_oshi(Blackhole bh) {
    oshiSelf.updateAttributes();
    bh.consume(oshiSelf.getResidentSetSize());
    bh.consume(oshiSelf.getVirtualSize());
  }

  /** vms only: the JDK has no resident size. */
  @Benchmark
  public long selfMemoryInfo_jdk() {
    return os.getCommittedVirtualMemorySize();
  }

  @Benchmark
  public long selfMemoryInfo_floor() throws IOException {
    return floor.read(statm);
  }

  @Benchmark
  public Object selfMemoryFootprint_psutil4j() {
    return self.memoryFootprint();
  }

  /** Neither OSHI nor the JDK offers USS/PSS. Cost grows with RSS (page-table walk). */
  @Benchmark
  public long selfMemoryFootprint_floor() throws IOException {
    return floor.read(smapsRollup);
  }

  @Benchmark
  public int selfNumFds_psutil4j() {
    return self.numFds();
  }

  /** Lists /proc/PID/fd afresh (no updateAttributes needed). */
  @Benchmark
  public long selfNumFds_oshi() {
    return oshiSelf.getOpenFiles();
  }

  @Benchmark
  public long selfNumFds_jdk() {
    return os.getOpenFileDescriptorCount();
  }

  @Benchmark
  public int selfNumFds_floor() throws IOException {
    return Floor.list(fdDir);
  }

  @Benchmark
  public int selfNumThreads_psutil4j() {
    return self.numThreads();
  }

  @Benchmark
  public int selfNumThreads_oshi() {
    oshiSelf.updateAttributes();
    return oshiSelf.getThreadCount();
  }

  /** Live Java threads only; the JVM's own native threads (GC, compiler) are not counted. */
  @Benchmark
  public int selfNumThreads_jdk() {
    return threads.getThreadCount();
  }

  @Benchmark
  public long selfNumThreads_floor() throws IOException {
    return floor.read(status);
  }

  @Benchmark
  public Object selfCtxSwitches_psutil4j() {
    return self.numCtxSwitches();
  }

  @Benchmark
  public long selfCtxSwitches_oshi() {
    oshiSelf.updateAttributes();
    return oshiSelf.getContextSwitches();
  }

  @Benchmark
  public long selfCtxSwitches_floor() throws IOException {
    return floor.read(status);
  }

  @Benchmark
  public Object selfCpuTimes_psutil4j() {
    return self.cpuTimes();
  }

  @Benchmark
  public void selfCpuTimes_oshi(Blackhole bh) {
    oshiSelf.updateAttributes();
    bh.consume(oshiSelf.getUserTime());
    bh.consume(oshiSelf.getKernelTime());
  }

  /** user + system in one number. */
  @Benchmark
  public long selfCpuTimes_jdk() {
    return os.getProcessCpuTime();
  }

  @Benchmark
  public long selfCpuTimes_floor() throws IOException {
    return floor.read(stat);
  }

  @Benchmark
  public Object selfThreads_psutil4j() {
    return self.threads();
  }

  @Benchmark
  public List<OSThread> selfThreads_oshi() {
    return oshiSelf.getThreadDetails();
  }

  /** Per thread CPU and user time through the JVM (clock_gettime of each thread's clock). */
  @Benchmark
  public void selfThreads_jdk(Blackhole bh) {
    for (long id : threads.getAllThreadIds()) {
      bh.consume(threads.getThreadCpuTime(id));
      bh.consume(threads.getThreadUserTime(id));
    }
  }

  /** listdir task, then each task/TID/stat. */
  @Benchmark
  public long selfThreads_floor() throws IOException {
    return floor.threads(taskDir);
  }

  @Benchmark
  public Object selfOpenFiles_psutil4j() {
    return self.openFiles();
  }

  /**
   * listdir fd, readlink each, and for an absolute path that is a regular file stat it and read
   * fdinfo/N (psutil's open_files()). Neither OSHI nor the JDK lists open files.
   */
  @Benchmark
  public long selfOpenFiles_floor() throws IOException {
    return floor.openFiles(fdDir, fdinfoDir);
  }

  @Benchmark
  public Object selfRlimitNofile_psutil4j() {
    return self.rlimit(ProcessRlimit.RLIMIT_NOFILE);
  }

  /** The soft limit only. */
  @Benchmark
  public long selfRlimitNofile_jdk() {
    return os.getMaxFileDescriptorCount();
  }

  @Benchmark
  public long selfRlimitNofile_floor() throws IOException {
    return floor.read(limits);
  }

  /**
   * as_dict(): every attribute of the benchmark JVM itself, as a user of Process.current() asks.
   */
  @Benchmark
  public Object selfAsDict_psutil4j() {
    return self.asDict();
  }
}

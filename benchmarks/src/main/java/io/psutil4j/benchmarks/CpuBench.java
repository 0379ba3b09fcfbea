package io.psutil4j.benchmarks;

import com.sun.management.OperatingSystemMXBean;
import io.psutil4j.Psutil;
import io.psutil4j.SuppressForbidden;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import oshi.hardware.CentralProcessor;

/** cpu_times(), cpu_times(percpu=True), cpu_stats() and getloadavg(). */
@SuppressForbidden(
    reason = "the JDK's com.sun.management MXBeans are what the _jdk variants measure")
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class CpuBench {
  private static final Path STAT = Paths.get("/proc/stat");
  private static final Path LOADAVG = Paths.get("/proc/loadavg");

  /** What glibc's sysconf(_SC_NPROCESSORS_ONLN) reads, psutil's cpu_count(). */
  private static final Path CPU_ONLINE = Paths.get("/sys/devices/system/cpu/online");

  private final Floor floor = new Floor();
  private final OperatingSystemMXBean os =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private final CentralProcessor cpu = Oshi.hal().getProcessor();

  @Benchmark
  public Object cpuTimes_psutil4j() {
    return Psutil.cpuTimes();
  }

  @Benchmark
  public long[] cpuTimes_oshi() {
    return cpu.getSystemCpuLoadTicks();
  }

  /**
   * The JDK has no times, only a busy share since its previous call (one global sample shared by
   * every caller), read from /proc/stat.
   */
  @Benchmark
  public double cpuTimes_jdk() {
    return os.getCpuLoad();
  }

  @Benchmark
  public long cpuTimes_floor() throws IOException {
    return floor.read(STAT);
  }

  @Benchmark
  public Object cpuTimesPercpu_psutil4j() {
    return Psutil.cpuTimesPercpu();
  }

  @Benchmark
  public long[][] cpuTimesPercpu_oshi() {
    return cpu.getProcessorCpuLoadTicks();
  }

  @Benchmark
  public long cpuTimesPercpu_floor() throws IOException {
    return floor.read(STAT);
  }

  @Benchmark
  public Object cpuStats_psutil4j() {
    return Psutil.cpuStats();
  }

  /** ctxt and intr; OSHI reads /proc/stat once for each. */
  @Benchmark
  public void cpuStats_oshi(Blackhole bh) {
    bh.consume(cpu.getContextSwitches());
    bh.consume(cpu.getInterrupts());
  }

  @Benchmark
  public long cpuStats_floor() throws IOException {
    return floor.read(STAT);
  }

  @Benchmark
  public Object loadAvg_psutil4j() {
    return Psutil.getloadavg();
  }

  /** getloadavg(3) through JNA. */
  @Benchmark
  public double[] loadAvg_oshi() {
    return cpu.getSystemLoadAverage(3);
  }

  /** getloadavg(3), one minute only. */
  @Benchmark
  public double loadAvg_jdk() {
    return os.getSystemLoadAverage();
  }

  @Benchmark
  public long loadAvg_floor() throws IOException {
    return floor.read(LOADAVG);
  }

  @Benchmark
  public Object cpuCount_psutil4j() {
    return Psutil.cpuCount();
  }

  /** Memoized by OSHI for good, whatever the cache setting: the cost of asking, not of reading. */
  @Benchmark
  public int cpuCount_oshi() {
    return cpu.getLogicalProcessorCount();
  }

  /** The CPUs this JVM may use (affinity and cgroup quota), not the online count. */
  @Benchmark
  public int cpuCount_jdk() {
    return Runtime.getRuntime().availableProcessors();
  }

  @Benchmark
  public long cpuCount_floor() throws IOException {
    return floor.read(CPU_ONLINE);
  }
}

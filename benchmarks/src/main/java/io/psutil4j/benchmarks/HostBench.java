package io.psutil4j.benchmarks;

import io.psutil4j.Psutil;
import java.io.IOException;
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
import oshi.driver.linux.proc.CpuStat;
import oshi.software.os.OSSession;
import oshi.software.os.OperatingSystem;

/**
 * boot_time(), users() and this JVM's cgroup. The JDK has none of them (RuntimeMXBean's start time
 * is the JVM's, not the machine's). cgroup has no floor here: its file set depends on the machine's
 * cgroup version and enabled controllers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class HostBench {
  private static final Path STAT = Paths.get("/proc/stat");

  /** What glibc's getutxent() opens. */
  private static final Path UTMP = Paths.get("/var/run/utmp");

  private final Floor floor = new Floor();
  private final OperatingSystem os = Oshi.os();

  /** What the Container MBean reads on every scrape. */
  @Benchmark
  public Object cgroup_psutil4j() {
    return Psutil.cgroup();
  }

  @Benchmark
  public double bootTime_psutil4j() {
    return Psutil.bootTime();
  }

  /**
   * The btime line of /proc/stat, read afresh; OperatingSystem.getSystemBootTime() would return a
   * value OSHI computed once per JVM.
   */
  @Benchmark
  public long bootTime_oshi() {
    return CpuStat.getBootTime();
  }

  @Benchmark
  public long bootTime_floor() throws IOException {
    return floor.read(STAT);
  }

  @Benchmark
  public Object users_psutil4j() {
    return Psutil.users();
  }

  /** getutxent() through JNA (or `who` when oshi.os.unix.whoCommand is set). */
  @Benchmark
  public List<OSSession> users_oshi() {
    return os.getSessions();
  }

  @Benchmark
  public long users_floor() throws IOException {
    return floor.read(UTMP);
  }
}

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
import oshi.hardware.GlobalMemory;
import oshi.hardware.VirtualMemory;

/** virtual_memory() and swap_memory(). */
@SuppressForbidden(
    reason = "the JDK's com.sun.management MXBeans are what the _jdk variants measure")
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class MemoryBench {
  private static final Path MEMINFO = Paths.get("/proc/meminfo");
  private static final Path VMSTAT = Paths.get("/proc/vmstat");

  private final Floor floor = new Floor();
  private final OperatingSystemMXBean os =
      ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
  private final GlobalMemory oshiMemory = Oshi.hal().getMemory();
  private final VirtualMemory oshiSwap = oshiMemory.getVirtualMemory();

  @Benchmark
  public Object virtualMemory_psutil4j() {
    return Psutil.virtualMemory();
  }

  /** OSHI's cheapest call with the same source: getTotal() would read meminfo a second time. */
  @Benchmark
  public long virtualMemory_oshi() {
    return oshiMemory.getAvailable();
  }

  /** sysinfo(2), or the container limit: total and free only (no available, cached, ...). */
  @Benchmark
  public void virtualMemory_jdk(Blackhole bh) {
    bh.consume(os.getTotalMemorySize());
    bh.consume(os.getFreeMemorySize());
  }

  @Benchmark
  public long virtualMemory_floor() throws IOException {
    return floor.read(MEMINFO);
  }

  @Benchmark
  public Object swapMemory_psutil4j() {
    return Psutil.swapMemory();
  }

  /** Used from meminfo, pages in from vmstat: the same two files as psutil. */
  @Benchmark
  public void swapMemory_oshi(Blackhole bh) {
    bh.consume(oshiSwap.getSwapUsed());
    bh.consume(oshiSwap.getSwapPagesIn());
  }

  @Benchmark
  public void swapMemory_jdk(Blackhole bh) {
    bh.consume(os.getTotalSwapSpaceSize());
    bh.consume(os.getFreeSwapSpaceSize());
  }

  @Benchmark
  public long swapMemory_floor() throws IOException {
    return floor.read(MEMINFO) + floor.read(VMSTAT);
  }
}

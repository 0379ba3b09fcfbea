package io.psutil4j.benchmarks;

import io.psutil4j.Process;
import io.psutil4j.Psutil;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import oshi.software.os.OSProcess;

/**
 * pids() and process_iter(['pid', 'name', 'username', 'cpu_times', 'memory_info', 'status']) over
 * the whole table, with {@code extraProcesses} sleeping children added so the cost per process
 * shows (the target: linear in the process count).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ProcessTableBench {
  private static final Path PROC = Paths.get("/proc");

  /** psutil's username() calls getpwuid(), which reads /etc/passwd (no nscd here). */
  private static final Path PASSWD = Paths.get("/etc/passwd");

  private static final List<String> ATTRS =
      Arrays.asList("pid", "name", "username", "cpu_times", "memory_info", "status");

  @Param({"100", "1000", "5000"})
  public int extraProcesses;

  private ExtraProcesses extra;

  @Setup(Level.Trial)
  public void start() throws IOException, InterruptedException {
    extra = new ExtraProcesses(extraProcesses);
  }

  @TearDown(Level.Trial)
  public void stop() {
    extra.close();
  }

  /** Per-thread buffer for the floors. */
  @State(Scope.Thread)
  public static class Buffers {
    final Floor floor = new Floor();
  }

  @Benchmark
  public List<Integer> pids_psutil4j() {
    return Psutil.pids();
  }

  /** Counts /proc entries; OSHI has no pid list short of getProcesses(). */
  @Benchmark
  public int pids_oshi() {
    return Oshi.os().getProcessCount();
  }

  /** Lists /proc and reads each stat for the parent pid and start time. */
  @Benchmark
  public long pids_jdk() {
    return ProcessHandle.allProcesses().count();
  }

  @Benchmark
  public int pids_floor() throws IOException {
    int count = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
      for (Path entry : entries) {
        if (Floor.isPid(entry)) {
          count++;
        }
      }
    }
    return count;
  }

  /**
   * The Process objects are kept between calls (psutil's process_iter cache), so from the second
   * call on only the six attributes are read for each process.
   */
  @Benchmark
  public List<Process> processIter_psutil4j() {
    return Psutil.processIter(ATTRS, null);
  }

  /** Every process with every attribute OSHI has (stat, status, statm, io, exe, cmdline, ...). */
  @Benchmark
  public List<OSProcess> processIter_oshi() {
    return Oshi.os().getProcesses();
  }

  /** ProcessHandle.Info: user, total CPU and command; no memory or status. */
  @Benchmark
  public void processIter_jdk(Blackhole bh) {
    ProcessHandle.allProcesses()
        .forEach(
            p -> {
              ProcessHandle.Info info = p.info();
              bh.consume(info.user());
              bh.consume(info.totalCpuDuration());
              bh.consume(info.command());
            });
  }

  /** listdir /proc, then stat (name, times, status), statm (memory) and status (uid) per pid. */
  @Benchmark
  public long processIter_floor(Buffers b) throws IOException {
    long total = b.floor.read(PASSWD);
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
      for (Path entry : entries) {
        if (!Floor.isPid(entry)) {
          continue;
        }
        try {
          total += b.floor.read(entry.resolve("stat"));
          total += b.floor.read(entry.resolve("statm"));
          total += b.floor.read(entry.resolve("status"));
        } catch (IOException gone) {
          // exited while listed: psutil skips it too
        }
      }
    }
    return total;
  }
}

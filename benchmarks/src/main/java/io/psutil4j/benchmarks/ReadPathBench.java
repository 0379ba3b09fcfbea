package io.psutil4j.benchmarks;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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

/**
 * Which plain-Java way of reading one small /proc file is cheapest: the Java side of open + read +
 * close (objects, cleaners, a copy through a temporary direct buffer) can cost more than the
 * kernel's part. Compare with {@code CpuBench.loadAvg_jdk}, which reads the same file in C
 * (getloadavg).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
public class ReadPathBench {
  private static final Path LOADAVG = Paths.get("/proc/loadavg");
  private static final File LOADAVG_FILE = LOADAVG.toFile();

  private final byte[] heap = new byte[32 * 1024];
  private final ByteBuffer heapWindow = ByteBuffer.wrap(heap);
  private final Floor direct = new Floor();

  /** What psutil4j's KernelFiles does today. */
  @Benchmark
  public int readLoadavg_fileChannelHeap() throws IOException {
    heapWindow.clear();
    int len = 0;
    FileChannel channel = FileChannel.open(LOADAVG);
    try {
      int n;
      while ((n = channel.read(heapWindow)) >= 0) {
        len += n;
      }
    } finally {
      channel.close();
    }
    return len;
  }

  /** The floor used by every other benchmark. */
  @Benchmark
  public long readLoadavg_fileChannelDirect() throws IOException {
    return direct.read(LOADAVG);
  }

  @Benchmark
  public int readLoadavg_fileInputStream() throws IOException {
    int len = 0;
    FileInputStream in = new FileInputStream(LOADAVG_FILE);
    try {
      int n;
      while ((n = in.read(heap, len, heap.length - len)) > 0) {
        len += n;
      }
    } finally {
      in.close();
    }
    return len;
  }

  @Benchmark
  public int readLoadavg_randomAccessFile() throws IOException {
    int len = 0;
    RandomAccessFile in = new RandomAccessFile(LOADAVG_FILE, "r");
    try {
      int n;
      while ((n = in.read(heap, len, heap.length - len)) > 0) {
        len += n;
      }
    } finally {
      in.close();
    }
    return len;
  }
}

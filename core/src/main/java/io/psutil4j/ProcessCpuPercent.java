package io.psutil4j;

import java.util.function.Supplier;

/**
 * psutil's {@code Process.cpu_percent}: (user + system) seconds gained over the wall seconds
 * passed, times 100, rounded to one decimal; so one busy thread is 100 and the value can reach 100
 * x CPUs. Wall time is {@link System#nanoTime()}, monotonic. State is per Process instance.
 */
final class ProcessCpuPercent {
  private double lastCpu = Double.NaN;
  private long lastNanos;

  /** Non-blocking: since the previous sample; 0.0 for the first. */
  synchronized double sample(ProcessCpuTimes times) {
    double cpu = times.user() + times.system();
    long now = System.nanoTime();
    double previous = lastCpu;
    long previousNanos = lastNanos;
    lastCpu = cpu;
    lastNanos = now;
    if (Double.isNaN(previous) || now <= previousNanos) {
      return 0.0;
    }
    return percent(cpu - previous, (now - previousNanos) / 1e9);
  }

  /** Blocking: two samples {@code interval} seconds apart; the running state is left alone. */
  double blocking(Supplier<ProcessCpuTimes> read, double interval) {
    ProcessCpuTimes before = read.get();
    long start = System.nanoTime();
    try {
      Thread.sleep((long) (interval * 1000), (int) ((interval * 1e9) % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while measuring cpu_percent", e);
    }
    ProcessCpuTimes after = read.get();
    double wall = (System.nanoTime() - start) / 1e9;
    return percent((after.user() + after.system()) - (before.user() + before.system()), wall);
  }

  private static double percent(double cpuSeconds, double wallSeconds) {
    if (wallSeconds <= 0) {
      return 0.0;
    }
    return Fields.round1(Math.max(0.0, cpuSeconds) / wallSeconds * 100.0);
  }
}

package io.psutil4j;

import io.psutil4j.spi.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The last CPU sample one caller took, for psutil's non-blocking {@code cpu_percent()} and {@code
 * cpu_times_percent()}. psutil keeps one per thread (a dict keyed by thread id) so that one caller
 * never shortens another's window; {@link Psutil} keeps one per thread in a ThreadLocal, one for
 * each function, as psutil keeps separate dicts.
 */
final class CpuWindow {
  private @Nullable CpuTimes last;
  private @Nullable List<CpuTimes> lastPercpu;

  /**
   * The (before, after) pair for one call: with {@code interval > 0}, two samples that far apart
   * (this thread sleeps); with 0, the previous sample of this caller (or a fresh one on the first
   * call, which gives psutil's meaningless ~0.0) and now. The new sample becomes the next start.
   */
  CpuTimes[] total(Platform platform, double interval) {
    CpuTimes before = start(last, platform::cpuTimes, interval);
    last = platform.cpuTimes();
    return new CpuTimes[] {before, last};
  }

  /** As {@link #total}, per CPU; pairs by position, as many as both samples have. */
  List<CpuTimes[]> percpu(Platform platform, double interval) {
    List<CpuTimes> before = start(lastPercpu, platform::cpuTimesPercpu, interval);
    lastPercpu = platform.cpuTimesPercpu();
    int n = Math.min(before.size(), lastPercpu.size());
    List<CpuTimes[]> pairs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      pairs.add(new CpuTimes[] {before.get(i), lastPercpu.get(i)});
    }
    return Collections.unmodifiableList(pairs);
  }

  /** The window's first sample: taken now and slept on, or the caller's last one (else now). */
  private static <T> T start(@Nullable T last, Supplier<T> sample, double interval) {
    if (interval > 0) {
      T before = sample.get();
      sleep(interval);
      return before;
    }
    return last != null ? last : sample.get();
  }

  static void requireInterval(double interval) {
    if (!(interval >= 0)) {
      throw new IllegalArgumentException("interval is not positive (got " + interval + ")");
    }
  }

  /**
   * Sleeps the interval; an interrupt ends the window early (the interrupt flag stays set), so the
   * caller gets the share over the time that did elapse instead of an exception.
   */
  private static void sleep(double seconds) {
    long nanos = (long) (seconds * 1e9);
    try {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.psutil4j.jmx;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The {@code heapTrim} operation: glibc malloc_trim(0) with the memory before and after, one call
 * at a time and at most once per interval, so a client calling it in a loop cannot keep the JVM's
 * allocator locked (malloc_trim walks every arena under its lock).
 */
final class HeapTrimmer {
  /** Memory as seen before or after the trim; a field is null when it could not be read. */
  static final class Memory {
    final Long rss;
    final Long uss;
    final Long heapUsed;
    final Long mmapUsed;

    Memory(Long rss, Long uss, Long heapUsed, Long mmapUsed) {
      this.rss = rss;
      this.uss = uss;
      this.heapUsed = heapUsed;
      this.mmapUsed = mmapUsed;
    }
  }

  static final long DEFAULT_MIN_INTERVAL_MILLIS = 10_000;

  private final Supplier<Memory> memory;
  private final BooleanSupplier trim;
  private final Snapshot.Clock clock;
  private final long minIntervalNanos;
  private final ReentrantLock running = new ReentrantLock();
  private boolean ranBefore;
  private long lastStart;

  HeapTrimmer(
      Supplier<Memory> memory, BooleanSupplier trim, Snapshot.Clock clock, long minIntervalMillis) {
    this.memory = memory;
    this.trim = trim;
    this.clock = clock;
    this.minIntervalNanos = minIntervalMillis * 1_000_000L;
  }

  /**
   * Trims and reports.
   *
   * @throws IllegalStateException when another trim is running, or the previous one started less
   *     than the interval ago (the message says when the next is allowed)
   */
  HeapTrimResult trim() {
    if (!running.tryLock()) {
      throw new IllegalStateException("heapTrim is already running; try again when it returns");
    }
    try {
      long start = clock.nanoTime();
      if (ranBefore && start - lastStart < minIntervalNanos) {
        double wait = (minIntervalNanos - (start - lastStart)) / 1e9;
        throw new IllegalStateException(
            String.format(
                Locale.ROOT,
                "heapTrim runs at most once per %.0f s; the next call is allowed in %.1f s",
                minIntervalNanos / 1e9,
                wait));
      }
      ranBefore = true;
      lastStart = start;
      Memory before = memory.get();
      boolean released = trim.getAsBoolean();
      double seconds = (clock.nanoTime() - start) / 1e9;
      Memory after = memory.get();
      return new HeapTrimResult(before, after, released, seconds);
    } finally {
      running.unlock();
    }
  }
}

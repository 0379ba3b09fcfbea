package io.psutil4j.jmx;

import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@code heapTrim} operation: glibc malloc_trim(0) with the memory before and after, one call
 * at a time and at most once per interval, so a client calling it in a loop cannot keep the JVM's
 * allocator locked (malloc_trim walks every arena under its lock). A gate is asked before every
 * call: heapTrim changes the process, so it runs only where operations are allowed, and only where
 * loading JNA makes the JDK print nothing into the host.
 */
final class HeapTrimmer {
  /** Memory as seen before or after the trim; a field is null when it could not be read. */
  static final class Memory {
    final @Nullable Long rss;
    final @Nullable Long uss;
    final @Nullable Long heapUsed;
    final @Nullable Long mmapUsed;

    Memory(
        @Nullable Long rss, @Nullable Long uss, @Nullable Long heapUsed, @Nullable Long mmapUsed) {
      this.rss = rss;
      this.uss = uss;
      this.heapUsed = heapUsed;
      this.mmapUsed = mmapUsed;
    }
  }

  static final long DEFAULT_MIN_INTERVAL_MILLIS = 10_000;

  private final Runnable gate;
  private final Supplier<Memory> memory;
  private final BooleanSupplier trim;
  private final Snapshot.Clock clock;
  private final long minIntervalNanos;
  private final ReentrantLock running = new ReentrantLock();
  private boolean ranBefore;
  private long lastStart;

  /**
   * @param gate run before every trim; throws to refuse it (see {@link #gate})
   */
  HeapTrimmer(
      Runnable gate,
      Supplier<Memory> memory,
      BooleanSupplier trim,
      Snapshot.Clock clock,
      long minIntervalMillis) {
    this.gate = gate;
    this.memory = memory;
    this.trim = trim;
    this.clock = clock;
    this.minIntervalNanos = minIntervalMillis * 1_000_000L;
  }

  /**
   * The gate of {@code policy}: refuses unless heapTrim is allowed, and refuses rather than load
   * JNA where the JDK would print its restricted-method warning (JDK 24+ without native access).
   */
  static Runnable gate(ControlsPolicy policy, BooleanSupplier nativeAccessSilent) {
    return () -> {
      if (!policy.heapTrimAllowed()) {
        throw new SecurityException(
            "heapTrim is off, as it changes the process: the agent option heapTrim=true (or"
                + " controls=true) allows it");
      }
      if (!nativeAccessSilent.getAsBoolean()) {
        throw new IllegalStateException(
            "heapTrim needs native access (JNA), which this JVM has not enabled: loading it now would"
                + " make the JDK print a restricted-method warning into the application's output."
                + " Run the JVM with --enable-native-access=ALL-UNNAMED to allow heapTrim");
      }
    };
  }

  /**
   * Trims and reports.
   *
   * @throws SecurityException when heapTrim is not allowed
   * @throws IllegalStateException when native access is off, another trim is running, or the
   *     previous one started less than the interval ago (the message says when the next is allowed)
   */
  HeapTrimResult trim() {
    gate.run();
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

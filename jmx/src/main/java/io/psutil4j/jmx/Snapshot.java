package io.psutil4j.jmx;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One reading of the kernel shared by every attribute of an MBean for a short while, so a scraper
 * that reads attributes one by one, or many scrapers at once, cost one read per interval. A reading
 * that fails is null for the interval: getters then return null, never an exception.
 */
final class Snapshot<T> {
  private final Supplier<T> reader;
  private final long ttlNanos;
  private final Clock clock;
  private T value;
  private long readAt;
  private boolean loaded;

  /** A monotonic time source, injectable for tests. */
  interface Clock {
    long nanoTime();
  }

  Snapshot(Supplier<T> reader, long ttlMillis, Clock clock) {
    if (ttlMillis < 0) {
      throw new IllegalArgumentException("cache interval must be >= 0 ms, got " + ttlMillis);
    }
    this.reader = reader;
    this.ttlNanos = ttlMillis * 1_000_000L;
    this.clock = clock;
  }

  Snapshot(Supplier<T> reader, long ttlMillis) {
    this(reader, ttlMillis, System::nanoTime);
  }

  /**
   * The readings taken during the current thread's bulk read, so one {@code getAttributes} call is
   * served by one reading per snapshot even with a cache interval of 0 (each getter would otherwise
   * read the kernel again).
   */
  private static final ThreadLocal<Map<Snapshot<?>, Object>> BULK = new ThreadLocal<>();

  /**
   * Runs {@code body} with every snapshot it touches read at most once on this thread. Nested calls
   * join the outer scope.
   */
  static <R> R bulk(Supplier<R> body) {
    if (BULK.get() != null) {
      return body.get();
    }
    BULK.set(new IdentityHashMap<>());
    try {
      return body.get();
    } finally {
      BULK.remove();
    }
  }

  @SuppressWarnings("unchecked")
  T get() {
    Map<Snapshot<?>, Object> scope = BULK.get();
    if (scope == null) {
      return fresh();
    }
    if (scope.containsKey(this)) {
      return (T) scope.get(this);
    }
    T v = fresh();
    scope.put(this, v);
    return v;
  }

  private synchronized T fresh() {
    long now = clock.nanoTime();
    if (!loaded || now - readAt >= ttlNanos) {
      value = readQuietly();
      readAt = now;
      loaded = true;
    }
    return value;
  }

  private T readQuietly() {
    try {
      return reader.get();
    } catch (RuntimeException | LinkageError e) {
      // AccessDenied, a vanished file, a kernel without the feature, a native library that does
      // not load: the attribute reads as "not available".
      return null;
    }
  }
}

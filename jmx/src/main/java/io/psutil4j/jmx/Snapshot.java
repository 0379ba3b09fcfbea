package io.psutil4j.jmx;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One reading of the kernel shared by every attribute of an MBean for a short while, so a scraper
 * that reads attributes one by one, or many scrapers at once, cost one read per interval. A reading
 * that fails is null for the interval: getters then return null, never an exception.
 *
 * <p>No reader waits for another reader's kernel read, nor longer than the deadline for its own: a
 * refresh runs on a {@link Refreshers} thread, one at a time per snapshot. The caller that starts
 * it waits at most the deadline; a caller that finds a refresh under way gets the last reading at
 * once (it waits, up to the deadline, only when there has been no reading yet). A read that never
 * returns (a hung file) leaves the snapshot stale — its last reading, or null — and holds exactly
 * one thread, whatever the number of callers.
 */
final class Snapshot<T> implements Readings.Cache<T> {
  /** How long a caller waits for a refresh before it takes the last reading. */
  static final long DEFAULT_DEADLINE_MILLIS = 2000;

  /**
   * The readings taken during the current thread's bulk read, so one {@code getAttributes} call is
   * served by one reading per snapshot even with a cache interval of 0 (each getter would otherwise
   * read the kernel again). Synchronized: a refresh thread adds the readings of nested snapshots.
   */
  private static final ThreadLocal<Map<Snapshot<?>, Object>> BULK = new ThreadLocal<>();

  private final Supplier<T> reader;
  private final long ttlNanos;
  private final long deadlineNanos;
  private final Clock clock;
  private final Executor refreshers;

  /** The last reading, replaced whole so readers never see half of one. */
  private volatile @Nullable Reading<T> last;

  /** The refresh under way, or null; guarded by {@code this}. */
  private @Nullable CompletableFuture<Reading<T>> inFlight;

  /** A monotonic time source, injectable for tests. */
  interface Clock {
    long nanoTime();
  }

  /** One reading and the time it was taken. */
  private static final class Reading<T> {
    final @Nullable T value;
    final long readAt;

    Reading(@Nullable T value, long readAt) {
      this.value = value;
      this.readAt = readAt;
    }
  }

  Snapshot(
      Supplier<T> reader, long ttlMillis, long deadlineMillis, Clock clock, Executor refreshers) {
    if (ttlMillis < 0) {
      throw new IllegalArgumentException("cache interval must be >= 0 ms, got " + ttlMillis);
    }
    if (deadlineMillis <= 0) {
      throw new IllegalArgumentException("read deadline must be > 0 ms, got " + deadlineMillis);
    }
    this.reader = reader;
    this.ttlNanos = ttlMillis * 1_000_000L;
    this.deadlineNanos = deadlineMillis * 1_000_000L;
    this.clock = clock;
    this.refreshers = refreshers;
  }

  Snapshot(Supplier<T> reader, long ttlMillis, Clock clock) {
    this(reader, ttlMillis, DEFAULT_DEADLINE_MILLIS, clock, Refreshers.SHARED);
  }

  Snapshot(Supplier<T> reader, long ttlMillis) {
    this(reader, ttlMillis, System::nanoTime);
  }

  /**
   * Runs {@code body} with every snapshot it touches read at most once on this thread. Nested calls
   * join the outer scope.
   */
  static <R> R bulk(Supplier<R> body) {
    if (BULK.get() != null) {
      return body.get();
    }
    BULK.set(Collections.synchronizedMap(new IdentityHashMap<>()));
    try {
      return body.get();
    } finally {
      BULK.remove();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable T get() {
    Map<Snapshot<?>, Object> scope = BULK.get();
    if (scope == null) {
      return fresh(null);
    }
    synchronized (scope) {
      if (scope.containsKey(this)) {
        return (T) scope.get(this);
      }
    }
    T v = fresh(scope);
    scope.put(this, v);
    return v;
  }

  /**
   * Milliseconds since the last reading was taken, or -1 before the first; a value far above the
   * cache interval means the source is stale (its refresh passed the deadline).
   */
  @Override
  public long ageMillis() {
    Reading<T> r = last;
    return r == null ? -1 : (clock.nanoTime() - r.readAt) / 1_000_000L;
  }

  private @Nullable T fresh(@Nullable Map<Snapshot<?>, Object> scope) {
    Reading<T> current = last;
    if (current != null && clock.nanoTime() - current.readAt < ttlNanos) {
      return current.value;
    }
    CompletableFuture<Reading<T>> refresh;
    boolean started = false;
    synchronized (this) {
      refresh = inFlight;
      if (refresh == null) {
        refresh = new CompletableFuture<>();
        inFlight = refresh;
        started = true;
      }
    }
    if (started) {
      start(refresh, scope);
    } else if (current != null) {
      return current.value;
    }
    return await(refresh, current);
  }

  private void start(
      CompletableFuture<Reading<T>> refresh, @Nullable Map<Snapshot<?>, Object> scope) {
    Runnable task =
        () -> {
          // run() may happen on the caller itself (no thread to be had): keep its own bulk scope
          Map<Snapshot<?>, Object> outer = BULK.get();
          if (scope != null) {
            BULK.set(scope);
          }
          Reading<T> r = null;
          try {
            r = new Reading<>(readQuietly(), clock.nanoTime());
            last = r;
          } finally {
            // even an Error ends this refresh, or the snapshot would stay stale for good
            synchronized (this) {
              inFlight = null;
            }
            refresh.complete(r != null ? r : new Reading<>(null, clock.nanoTime()));
            if (outer != null) {
              BULK.set(outer);
            } else {
              BULK.remove();
            }
          }
        };
    try {
      refreshers.execute(task);
    } catch (RuntimeException | OutOfMemoryError e) {
      // no thread to be had (the host is out of them): read here, as before there were deadlines
      task.run();
    }
  }

  private @Nullable T await(CompletableFuture<Reading<T>> refresh, @Nullable Reading<T> current) {
    try {
      return refresh.get(deadlineNanos, TimeUnit.NANOSECONDS).value;
    } catch (TimeoutException e) {
      if (current == null) {
        // no reading yet: stale from now on, so later callers stop waiting for this refresh
        synchronized (this) {
          if (last == null) {
            last = new Reading<>(null, clock.nanoTime());
          }
        }
      }
      return current == null ? null : current.value;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return current == null ? null : current.value;
    } catch (ExecutionException e) {
      return null;
    }
  }

  private @Nullable T readQuietly() {
    try {
      return reader.get();
    } catch (RuntimeException | LinkageError e) {
      // AccessDenied, a vanished file, a kernel without the feature, a native library that does
      // not load: the attribute reads as "not available".
      return null;
    }
  }
}

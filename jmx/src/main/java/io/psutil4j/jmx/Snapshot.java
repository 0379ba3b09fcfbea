package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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
 * one thread, whatever the number of callers. A bulk read refreshes the snapshots it finds due
 * together, one hand-off for all of them ({@link #refreshDue}).
 */
final class Snapshot<T> implements Readings.Cache<T> {
  /** How long a caller waits for a refresh before it takes the last reading. */
  static final long DEFAULT_DEADLINE_MILLIS = 2000;

  /**
   * The readings taken during the current thread's bulk read, so one {@code getAttributes} call is
   * served by one reading per snapshot even with a cache interval of 0 (each getter would otherwise
   * read the kernel again). Synchronized: a refresh thread adds the readings of nested snapshots.
   */
  private static final ThreadLocal<Scope> BULK = new ThreadLocal<>();

  private final Supplier<T> reader;
  private final long ttlNanos;
  private final long deadlineNanos;
  private final Clock clock;
  private final Executor refreshers;

  /** The last reading, replaced whole so readers never see half of one. */
  private volatile @Nullable Reading<T> last;

  /** The refresh under way, or null; guarded by {@code this}. */
  private @Nullable Refresh inFlight;

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
    BULK.set(new Scope());
    try {
      return body.get();
    } finally {
      BULK.remove();
    }
  }

  /**
   * Inside a {@link #bulk} read, refreshes those of {@code snapshots} that are due and that no one
   * else is refreshing, with one hand-off for all of them: in order on one refresher thread, the
   * caller waiting up to each one's deadline (a refresh that passes it leaves its snapshot stale,
   * as a single read would, and the rest go on on a fresh thread). Their readings then serve the
   * rest of the bulk read; the others are read by {@link #get} as usual.
   */
  static void refreshDue(Collection<? extends Snapshot<?>> snapshots) {
    Scope scope = BULK.get();
    if (scope == null) {
      throw new IllegalStateException("refreshDue called outside a bulk read");
    }
    List<Snapshot<?>.Refresh> claimed = new ArrayList<>(snapshots.size());
    for (Snapshot<?> s : snapshots) {
      Snapshot<?>.Refresh r = scope.has(s) ? null : s.claim(scope);
      if (r != null) {
        claimed.add(r); // a snapshot named twice is claimed once: the second finds it in flight
      }
    }
    if (claimed.isEmpty()) {
      return;
    }
    // all snapshots share Refreshers.SHARED but in tests, which give each batch one executor
    SerialCalls.callAll(claimed, claimed.get(0).owner().refreshers);
    for (Snapshot<?>.Refresh r : claimed) {
      scope.put(r.owner(), r.value());
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public @Nullable T get() {
    Scope scope = BULK.get();
    if (scope == null) {
      return fresh(null);
    }
    Object taken = scope.get(this);
    if (taken != Scope.ABSENT) {
      return (T) taken;
    }
    T v = fresh(scope);
    scope.put(this, v);
    return v;
  }

  /** Itself: a bulk read can refresh it together with other sources. */
  @Override
  public Snapshot<?> snapshot() {
    return this;
  }

  /**
   * This snapshot as one of several readers sharing it (the MBeans of one type's entities) sees it:
   * a reading this viewer has not served yet, taken less than {@code roundMillis} ago, is served as
   * it is, even past the cache interval; otherwise {@link #get} as usual. So a scrape that reads
   * every sibling MBean once (a round) costs one reading, not one per MBean, even with no cache,
   * while a reader that asks again gets a new reading.
   */
  Readings.Cache<T> viewer(long roundMillis) {
    return new Viewer(roundMillis * 1_000_000L);
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

  private @Nullable T fresh(@Nullable Scope scope) {
    Reading<T> current = last;
    if (current != null && isFresh(current)) {
      return current.value;
    }
    Refresh mine = claim(scope);
    if (mine != null) {
      if (refreshers == Refreshers.SHARED && Refreshers.inRefresh()) {
        // a snapshot read by another's refresh (the Container's cgroup location): already on a
        // reading thread its caller waits for up to a deadline, so no second hand-off; a read
        // that hangs here holds this one thread, and leaves this snapshot in flight (stale)
        mine.run();
      } else {
        SerialCalls.callAll(List.of(mine), refreshers);
      }
      return mine.value();
    }
    if (current != null) {
      return current.value;
    }
    Refresh underWay;
    synchronized (this) {
      underWay = inFlight;
    }
    if (underWay == null) {
      Reading<T> meanwhile = last; // the refresh ended between our two looks
      return meanwhile == null ? null : meanwhile.value;
    }
    return await(underWay);
  }

  private boolean isFresh(Reading<T> r) {
    return clock.nanoTime() - r.readAt < ttlNanos;
  }

  /** See {@link #viewer}. */
  private final class Viewer implements Readings.Cache<T> {
    private final long roundNanos;

    /** The reading this viewer served last (compared by identity: each reading is a new one). */
    private volatile @Nullable Reading<T> served;

    Viewer(long roundNanos) {
      this.roundNanos = roundNanos;
    }

    @Override
    public @Nullable T get() {
      Reading<T> r = unserved();
      if (r != null) {
        served = r;
        return r.value;
      }
      T v = Snapshot.this.get();
      served = last;
      return v;
    }

    /** Null while an unserved reading is there to take: a bulk read has nothing to refresh. */
    @Override
    public @Nullable Snapshot<?> snapshot() {
      return unserved() != null ? null : Snapshot.this;
    }

    @Override
    public long ageMillis() {
      return Snapshot.this.ageMillis();
    }

    /** The last reading, if this viewer has not served it and it is younger than a round. */
    private @Nullable Reading<T> unserved() {
      Reading<T> r = last;
      return r != null && r != served && clock.nanoTime() - r.readAt < roundNanos ? r : null;
    }
  }

  /** A refresh for the caller to make, or null when the reading is fresh or one is under way. */
  private @Nullable Refresh claim(@Nullable Scope scope) {
    Reading<T> current = last;
    if (current != null && isFresh(current)) {
      return null;
    }
    synchronized (this) {
      if (inFlight != null) {
        return null;
      }
      Refresh mine = new Refresh(scope, current);
      inFlight = mine;
      return mine;
    }
  }

  /** Waits, up to the deadline, for another caller's refresh when there has been no reading yet. */
  private @Nullable T await(Refresh refresh) {
    try {
      return refresh.done.get(deadlineNanos, TimeUnit.NANOSECONDS).value;
    } catch (TimeoutException e) {
      refresh.abandoned();
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } catch (ExecutionException e) {
      return null;
    }
  }

  /**
   * One refresh, claimed by the caller that found the reading due: made on a refresher thread (or
   * never, if the caller gives up on it before it begins), and done once it ends either way, so the
   * snapshot is never left in flight for good.
   */
  private final class Refresh implements SerialCalls.Call {
    final CompletableFuture<Reading<T>> done = new CompletableFuture<>();

    /** The bulk read the refresh serves, so nested snapshots join it; null for a single read. */
    private final @Nullable Scope scope;

    /** The reading when the refresh was claimed: what the caller gets if it passes the deadline. */
    private final @Nullable Reading<T> before;

    Refresh(@Nullable Scope scope, @Nullable Reading<T> before) {
      this.scope = scope;
      this.before = before;
    }

    Snapshot<T> owner() {
      return Snapshot.this;
    }

    @Override
    public void run() {
      // run() may happen on the caller itself (no thread to be had): keep its own bulk scope
      Scope outer = BULK.get();
      if (scope != null) {
        BULK.set(scope);
      }
      boolean counted = Refreshers.refreshBegins();
      Reading<T> r = null;
      try {
        r = new Reading<>(readQuietly(), clock.nanoTime());
        last = r;
      } finally {
        // even an Error ends this refresh, or the snapshot would stay stale for good
        end(r != null ? r : new Reading<>(null, clock.nanoTime()));
        if (counted) {
          Refreshers.refreshEnded();
        }
        if (outer != null) {
          BULK.set(outer);
        } else {
          BULK.remove();
        }
      }
    }

    @Override
    public long deadlineNanos() {
      return deadlineNanos;
    }

    /** No reading yet: stale from now on, so later callers stop waiting for this refresh. */
    @Override
    public void abandoned() {
      if (before == null) {
        synchronized (Snapshot.this) {
          if (last == null) {
            last = new Reading<>(null, clock.nanoTime());
          }
        }
      }
    }

    /**
     * Never begun (the caller was interrupted, or gave up before a thread started it): ended here,
     * so the next caller claims a refresh of its own. A refresh that returned late ended itself.
     */
    @Override
    public void dropped() {
      Reading<T> r = last;
      end(r != null ? r : new Reading<>(null, clock.nanoTime()));
    }

    /** The refresh's reading if it returned, else the one before (stale, or null). */
    @Nullable T value() {
      Reading<T> r = done.getNow(before);
      return r == null ? null : r.value;
    }

    private void end(Reading<T> r) {
      synchronized (Snapshot.this) {
        if (inFlight == this) {
          inFlight = null;
        }
      }
      done.complete(r);
    }
  }

  /**
   * The readings taken during one bulk read, by snapshot: a handful, so kept in two arrays looked
   * up by identity (cheaper than a map for so few). Synchronized: a refresh thread adds the
   * readings of nested snapshots.
   */
  private static final class Scope {
    /** What {@link #get} returns for a snapshot not read in this scope (a reading may be null). */
    static final Object ABSENT = new Object();

    private Snapshot<?>[] snapshots = new Snapshot<?>[8];
    private @Nullable Object[] readings = new Object[8];
    private int size;

    synchronized boolean has(Snapshot<?> s) {
      return indexOf(s) >= 0;
    }

    /** The reading of {@code s} in this scope, or {@link #ABSENT}. */
    synchronized @Nullable Object get(Snapshot<?> s) {
      int i = indexOf(s);
      return i < 0 ? ABSENT : readings[i];
    }

    synchronized void put(Snapshot<?> s, @Nullable Object reading) {
      int i = indexOf(s);
      if (i < 0) {
        if (size == snapshots.length) {
          snapshots = Arrays.copyOf(snapshots, size * 2);
          readings = Arrays.copyOf(readings, size * 2);
        }
        i = size++;
        snapshots[i] = s;
      }
      readings[i] = reading;
    }

    private int indexOf(Snapshot<?> s) {
      for (int i = 0; i < size; i++) {
        if (snapshots[i] == s) {
          return i;
        }
      }
      return -1;
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

package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where one MBean takes each {@link Source} of its table from: a {@link Snapshot} of its own for a
 * singleton, the entity's share of its type's reading for a per-entity MBean.
 */
final class Readings {
  /**
   * The age of the other sources' readings, for a table's {@code ReadingAgeSeconds}: served by the
   * Readings themselves, it reads nothing and refreshes nothing.
   */
  static final Source<Readings> AGE = Source.named("the other sources' last readings (no read)");

  /**
   * The summary of {@code ReadingAgeSeconds} for a table whose sources all keep the cache interval
   * (Process and Threads say more of their own).
   */
  static final String AGE_SUMMARY =
      "Age of the oldest reading this MBean serves: each source is read from the kernel when one of"
          + " its attributes is read and the cache interval has passed, so this exceeds the interval"
          + " when an attribute has not been asked for since, or when a refresh passed its 2 s"
          + " deadline and the last reading is served stale; null before the first read. Reading it"
          + " reads nothing";

  /** What serves one source: its last reading, refreshed by its own rule, and how old it is. */
  interface Cache<S> {
    @Nullable S get();

    /** Milliseconds since the reading was taken from the kernel, -1 before the first. */
    long ageMillis();

    /**
     * The snapshot {@link #get} refreshes when its reading is due, so a bulk read can refresh it
     * together with its other sources in one hand-off; null when there is none to batch.
     */
    default @Nullable Snapshot<?> snapshot() {
      return null;
    }
  }

  private final Map<Source<?>, Supplier<?>> bySource;
  private final Map<Source<?>, Cache<?>> caches;

  private Readings(Map<Source<?>, Supplier<?>> bySource, Map<Source<?>, Cache<?>> caches) {
    this.bySource = bySource;
    this.caches = caches;
  }

  /** Readings whose sources are each read through a Snapshot kept {@code cacheMillis}. */
  static Builder cached(long cacheMillis) {
    return new Builder(cacheMillis);
  }

  /**
   * Readings of {@code source} taken by {@code read} out of {@code whole}, a reading already shared
   * and cached (every entity's of a per-entity type), whose age is theirs.
   */
  static <S> Readings shareOf(Source<S> source, Cache<?> whole, Supplier<S> read) {
    IdentityHashMap<Source<?>, Supplier<?>> one = new IdentityHashMap<>();
    one.put(source, read);
    IdentityHashMap<Source<?>, Cache<?>> age = new IdentityHashMap<>();
    age.put(source, whole);
    return new Readings(one, age);
  }

  /**
   * Refreshes, in one hand-off, the due readings of {@code sources} that a Snapshot serves (see
   * {@link Snapshot#refreshDue}); inside a {@link Snapshot#bulk} read, whose later {@link #read}s
   * of them take these readings.
   */
  void refreshDue(Collection<Source<?>> sources) {
    List<Snapshot<?>> due = new ArrayList<>(sources.size());
    for (Source<?> source : sources) {
      Cache<?> cache = caches.get(source);
      Snapshot<?> snapshot = cache == null ? null : cache.snapshot();
      if (snapshot != null) {
        due.add(snapshot);
      }
    }
    Snapshot.refreshDue(due);
  }

  /** The current reading of {@code source}, or null when it failed or is not bound. */
  @Nullable Object read(@Nullable Source<?> source) {
    if (source == AGE) {
      return this;
    }
    Supplier<?> s = bySource.get(source);
    return s == null ? null : s.get();
  }

  /**
   * Seconds since the oldest of the last readings was taken, among the sources read at least once;
   * null before any. A source no attribute has asked for since keeps its age; a source that is part
   * of a wider one is as old as the newer of its own reading and the wider one's.
   */
  @Nullable Double oldestAgeSeconds() {
    long oldest = -1;
    for (Map.Entry<Source<?>, Cache<?>> e : caches.entrySet()) {
      oldest = Math.max(oldest, ageMillis(e.getKey(), e.getValue()));
    }
    return oldest < 0 ? null : oldest / 1000.0;
  }

  private long ageMillis(Source<?> source, Cache<?> cache) {
    long own = cache.ageMillis();
    Cache<?> wider = source.wider() == null ? null : caches.get(source.wider());
    long widerAge = wider == null ? -1 : wider.ageMillis();
    return own < 0 || (widerAge >= 0 && widerAge < own) ? widerAge : own;
  }

  /** Binds each source to a Snapshot of its reader. */
  static final class Builder {
    private final long cacheMillis;
    private final IdentityHashMap<Source<?>, Cache<?>> bySource = new IdentityHashMap<>();
    private final IdentityHashMap<Source<?>, Supplier<?>> live = new IdentityHashMap<>();
    private Consumer<Source<?>> onKernelRead = source -> {};
    private Executor refreshers = Refreshers.SHARED;
    private long deadlineMillis = Snapshot.DEFAULT_DEADLINE_MILLIS;

    private Builder(long cacheMillis) {
      this.cacheMillis = cacheMillis;
    }

    /**
     * Refreshes the sources bound by {@link #with} on {@code refreshers}, each waited for up to
     * {@code deadlineMillis}, instead of the shared reading threads and the 2 s deadline (a test's
     * counting executor and a short deadline).
     */
    Builder refreshedOn(Executor refreshers, long deadlineMillis) {
      this.refreshers = refreshers;
      this.deadlineMillis = deadlineMillis;
      return this;
    }

    /** Tells {@code observer} each time a source is read from the kernel (not from the cache). */
    Builder observedBy(Consumer<Source<?>> observer) {
      this.onKernelRead = observer;
      return this;
    }

    <S> Builder with(Source<S> source, Supplier<S> reader) {
      Executor threads = refreshers;
      long deadline = deadlineMillis;
      return cachedBy(
          source,
          reader,
          (observed, millis) ->
              new Snapshot<>(observed, millis, deadline, System::nanoTime, threads));
    }

    /**
     * Binds {@code source} to a reading cached by its own rule: {@code cache} is given the reader
     * (observed) and the cache interval, and returns what serves the reading (a Snapshot kept
     * longer for a source whose cost grows with the host, {@link AllThreadSwitches}).
     */
    <S> Builder cachedBy(
        Source<S> source, Supplier<S> reader, BiFunction<Supplier<S>, Long, Cache<S>> cache) {
      Consumer<Source<?>> observer = onKernelRead;
      Supplier<S> observed =
          () -> {
            observer.accept(source);
            return reader.get();
          };
      bySource.put(source, cache.apply(observed, cacheMillis));
      return this;
    }

    /**
     * Binds {@code source} to {@code cache}, a reading other MBeans serve too (/proc/meminfo, read
     * once for Memory and Swap): one refresh at a time and one deadline for all of them, and its
     * age is theirs.
     */
    <S> Builder shared(Source<S> source, Cache<S> cache) {
      bySource.put(source, cache);
      return this;
    }

    /**
     * Binds {@code source} to {@code values}, called at every read: state of psutil4j's own (a
     * count, an option), which reads nothing from the kernel and so has no age.
     */
    <S> Builder live(Source<S> source, Supplier<S> values) {
      live.put(source, values);
      return this;
    }

    Readings build() {
      IdentityHashMap<Source<?>, Supplier<?>> suppliers = new IdentityHashMap<>(live);
      bySource.forEach((source, cache) -> suppliers.put(source, cache::get));
      return new Readings(suppliers, new IdentityHashMap<>(bySource));
    }
  }
}

package io.psutil4j.jmx;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

  /** What serves one source: its last reading, refreshed by its own rule, and how old it is. */
  interface Cache<S> {
    S get();

    /** Milliseconds since the reading was taken from the kernel, -1 before the first. */
    long ageMillis();
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

  /** Readings of {@code source} taken by {@code read} (already shared and cached). */
  static <S> Readings of(Source<S> source, Supplier<S> read) {
    IdentityHashMap<Source<?>, Supplier<?>> one = new IdentityHashMap<>();
    one.put(source, read);
    return new Readings(one, Map.of());
  }

  /** The current reading of {@code source}, or null when it failed or is not bound. */
  Object read(Source<?> source) {
    if (source == AGE) {
      return this;
    }
    Supplier<?> s = bySource.get(source);
    return s == null ? null : s.get();
  }

  /**
   * Seconds since the oldest of the last readings was taken, among the sources read at least once;
   * null before any. A source no attribute has asked for since keeps its age.
   */
  Double oldestAgeSeconds() {
    long oldest = -1;
    for (Cache<?> c : caches.values()) {
      oldest = Math.max(oldest, c.ageMillis());
    }
    return oldest < 0 ? null : oldest / 1000.0;
  }

  /** Binds each source to a Snapshot of its reader. */
  static final class Builder {
    private final long cacheMillis;
    private final IdentityHashMap<Source<?>, Cache<?>> bySource = new IdentityHashMap<>();
    private Consumer<Source<?>> onKernelRead = source -> {};

    private Builder(long cacheMillis) {
      this.cacheMillis = cacheMillis;
    }

    /** Tells {@code observer} each time a source is read from the kernel (not from the cache). */
    Builder observedBy(Consumer<Source<?>> observer) {
      this.onKernelRead = observer;
      return this;
    }

    <S> Builder with(Source<S> source, Supplier<S> reader) {
      return cachedBy(source, reader, (observed, millis) -> new Snapshot<>(observed, millis));
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

    Readings build() {
      IdentityHashMap<Source<?>, Supplier<?>> suppliers = new IdentityHashMap<>();
      bySource.forEach((source, cache) -> suppliers.put(source, cache::get));
      return new Readings(suppliers, new IdentityHashMap<>(bySource));
    }
  }
}

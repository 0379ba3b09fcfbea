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
  private final Map<Source<?>, Supplier<?>> bySource;

  private Readings(Map<Source<?>, Supplier<?>> bySource) {
    this.bySource = bySource;
  }

  /** Readings whose sources are each read through a Snapshot kept {@code cacheMillis}. */
  static Builder cached(long cacheMillis) {
    return new Builder(cacheMillis);
  }

  /** Readings of {@code source} taken by {@code read} (already shared and cached). */
  static <S> Readings of(Source<S> source, Supplier<S> read) {
    Map<Source<?>, Supplier<?>> one = new IdentityHashMap<>();
    one.put(source, read);
    return new Readings(one);
  }

  /** The current reading of {@code source}, or null when it failed or is not bound. */
  Object read(Source<?> source) {
    Supplier<?> s = bySource.get(source);
    return s == null ? null : s.get();
  }

  /** Binds each source to a Snapshot of its reader. */
  static final class Builder {
    private final long cacheMillis;
    private final Map<Source<?>, Supplier<?>> bySource = new IdentityHashMap<>();
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
      return cachedBy(source, reader, (observed, millis) -> new Snapshot<>(observed, millis)::get);
    }

    /**
     * Binds {@code source} to a reading cached by its own rule: {@code cache} is given the reader
     * (observed) and the cache interval, and returns what serves the reading (a Snapshot kept
     * longer for a source whose cost grows with the host, {@link AllThreadSwitches}).
     */
    <S> Builder cachedBy(
        Source<S> source, Supplier<S> reader, BiFunction<Supplier<S>, Long, Supplier<S>> cache) {
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
      return new Readings(new IdentityHashMap<>(bySource));
    }
  }
}

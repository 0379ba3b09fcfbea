package io.psutil4j.jmx;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The cache rule of a source whose cost grows with the host (smaps_rollup, the task table, the
 * socket tables): read at most every interval of its own, and never more often than the cache.
 */
final class CostlySources {
  private CostlySources() {}

  /** For {@link Readings.Builder#cachedBy}: a Snapshot kept {@code minMillis} or the cache. */
  static <S> BiFunction<Supplier<S>, Long, Readings.Cache<S>> atMostEvery(long minMillis) {
    return (reader, cacheMillis) -> new Snapshot<>(reader, Math.max(cacheMillis, minMillis));
  }
}

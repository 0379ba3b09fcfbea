package io.psutil4j.jmx;

import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The cache rule of a source whose cost grows with the host (smaps_rollup, the task table, the
 * socket tables): read at most every interval of its own, and never more often than the cache.
 */
final class CostlySources {
  /** The default intervals as the descriptions write them ("5 s"), from ScaleOptions' values. */
  static final String FOOTPRINT_DEFAULT = seconds(ScaleOptions.DEFAULT_FOOTPRINT_INTERVAL_MILLIS);

  static final String THREADS_DEFAULT = seconds(ScaleOptions.DEFAULT_THREADS_INTERVAL_MILLIS);
  static final String SOCKETS_DEFAULT = seconds(ScaleOptions.DEFAULT_SOCKETS_INTERVAL_MILLIS);
  static final String MOUNTS_DEFAULT = seconds(ScaleOptions.DEFAULT_MOUNTS_INTERVAL_MILLIS);
  static final String NICS_DEFAULT = seconds(ScaleOptions.DEFAULT_NICS_INTERVAL_MILLIS);

  private CostlySources() {}

  private static String seconds(long millis) {
    return millis / 1000 + " s";
  }

  /** For {@link Readings.Builder#cachedBy}: a Snapshot kept {@code minMillis} or the cache. */
  static <S> BiFunction<Supplier<S>, Long, Readings.Cache<S>> atMostEvery(long minMillis) {
    return (reader, cacheMillis) -> new Snapshot<>(reader, Math.max(cacheMillis, minMillis));
  }
}

package io.psutil4j.micrometer;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One kernel reading shared by the meters of one scrape: a registry asks each meter on its own, and
 * the meters of /proc/meminfo or /proc/diskstats should not read the file once each. A reading is
 * kept for {@code maxAgeNanos}; two scrapes that race may both read, which costs a read and nothing
 * else (no lock is held across the kernel read). A failed read gives null: a meter then shows NaN
 * rather than throwing into the registry's scrape.
 */
final class Reading<T> implements Supplier<T> {
  /** Shorter than any sensible scrape interval, longer than one scrape takes. */
  static final long DEFAULT_MAX_AGE_NANOS = 1_000_000_000L;

  private final Supplier<T> source;
  private final long maxAgeNanos;
  private volatile @Nullable Stamped<T> last;

  Reading(Supplier<T> source, long maxAgeNanos) {
    this.source = source;
    this.maxAgeNanos = maxAgeNanos;
  }

  static <T> Reading<T> of(Supplier<T> source) {
    return new Reading<>(source, DEFAULT_MAX_AGE_NANOS);
  }

  /**
   * What is there when a binder binds, read apart from the meters' reading: a cached bind-time
   * value would serve the first scrape up to {@link #DEFAULT_MAX_AGE_NANOS} late. Null when the
   * read fails.
   */
  static <T> @Nullable T once(Supplier<T> source) {
    try {
      return source.get();
    } catch (RuntimeException e) {
      return null;
    }
  }

  @Override
  public @Nullable T get() {
    Stamped<T> seen = last;
    long now = System.nanoTime();
    if (seen != null && now - seen.nanos < maxAgeNanos) {
      return seen.value;
    }
    // gone, denied or unparsable: null, and the meter shows NaN; the scrape goes on
    T value = once(source);
    last = new Stamped<>(value, now);
    return value;
  }

  private static final class Stamped<T> {
    final @Nullable T value;
    final long nanos;

    Stamped(@Nullable T value, long nanos) {
      this.value = value;
      this.nanos = nanos;
    }
  }
}

package io.psutil4j.benchmarks.scale;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds, sorted once: percentiles by rank, no histogram buckets. */
final class Samples {
  private final long[] sorted;

  Samples(long[] nanos, int count) {
    this.sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
  }

  int count() {
    return sorted.length;
  }

  /** The sample at rank ceil(q * n) (nearest rank), in nanoseconds; 0 with no samples. */
  long percentile(double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  long max() {
    return sorted.length == 0 ? 0 : sorted[sorted.length - 1];
  }

  long median() {
    return percentile(0.5);
  }

  /** A duration for a table: µs below 10 ms, ms above. */
  static String format(long nanos) {
    if (nanos < 10_000_000L) {
      return String.format(Locale.ROOT, "%.0f µs", nanos / 1e3);
    }
    return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
  }

  /** "median / p99" of the samples. */
  String medianAndP99() {
    return format(median()) + " / " + format(percentile(0.99));
  }
}

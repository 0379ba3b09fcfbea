package io.psutil4j;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers shared by the value classes: validation and psutil's rounding. */
final class Fields {
  private Fields() {}

  static long requireNonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  /**
   * psutil's percentage: {@code part / whole * 100} rounded to one decimal, 0.0 for an empty whole.
   */
  static double percent(double part, double whole) {
    if (whole <= 0) {
      return 0.0;
    }
    return round1(part / whole * 100.0);
  }

  /** {@link #percent(double, double)} of byte counts, exact below 2^53 bytes (8 PiB). */
  static double percent(long part, long whole) {
    return percent((double) part, (double) whole);
  }

  /** Below this, 10x and k + 0.5 stay under 2^52, exact in a double; percents never get there. */
  private static final double ROUND1_FAST_LIMIT = 1e14;

  /**
   * Python's {@code round(x, 1)}: rounds the exact binary value of x, ties to even, so the result
   * matches psutil digit for digit. Decided on the exact value of 10x by fused multiply-adds (one
   * rounding each, so their signs are exact) rather than a BigDecimal, which cost ~1 KB per value.
   */
  static double round1(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    if (Math.abs(value) >= ROUND1_FAST_LIMIT) {
      return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
    }
    // k = floor(10x) of the exact product: 10 * value rounded may land on the next integer.
    long k = (long) Math.floor(value * 10);
    if (Math.fma(value, 10, (double) -k) < 0) {
      k--;
    } else if (Math.fma(value, 10, (double) -(k + 1)) >= 0) {
      k++;
    }
    double aboveHalf = Math.fma(value, 10, -(k + 0.5));
    if (aboveHalf > 0 || (aboveHalf == 0 && (k & 1) != 0)) {
      k++;
    }
    // k / 10.0 is the double nearest k tenths, as BigDecimal.doubleValue() gives.
    return k / 10.0;
  }
}

package io.psutil4j;

import java.util.LinkedHashMap;
import java.util.Map;

/** Small helpers shared by the value classes: validation and ordered field maps. */
final class Fields {
  private Fields() {}

  static long requireNonNegative(String field, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  static double requireNonNegative(String field, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0, got " + value);
    }
    return value;
  }

  static double requirePercent(String field, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(field + " must be a percentage >= 0, got " + value);
    }
    return value;
  }

  /** Builds an insertion-ordered, read-only map from alternating names and values. */
  static Map<String, Object> ordered(Object... namesAndValues) {
    Map<String, Object> map = new LinkedHashMap<>(namesAndValues.length);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      map.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
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

  /**
   * Python's {@code round(x, 1)}: rounds the exact binary value of x, ties to even, so the result
   * matches psutil digit for digit.
   */
  static double round1(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    return new java.math.BigDecimal(value)
        .setScale(1, java.math.RoundingMode.HALF_EVEN)
        .doubleValue();
  }
}

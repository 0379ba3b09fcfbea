package io.psutil4j.jfr;

import java.util.HashMap;
import java.util.Map;
import javax.management.Attribute;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;

/**
 * Some attributes of one psutil4j MBean, read in one call, in the units JFR's annotations expect:
 * sizes in bytes, times in nanoseconds ({@code @Timespan}), shares as fractions
 * ({@code @Percentage}). A value the MBean gives as null (no limit, or not reported by this kernel)
 * is {@link #ABSENT} or NaN, which {@code jfr print} and JDK Mission Control show as N/A.
 */
final class Attributes {
  /** A long field that has no value: N/A in {@code jfr print}. */
  static final long ABSENT = Long.MIN_VALUE;

  private static final double NANOS_PER_SECOND = 1e9;
  private static final double PERCENT = 100;

  private final Map<String, Object> values = new HashMap<>();

  private Attributes() {}

  static Attributes read(MBeanServer server, ObjectName mbean, String... names) throws JMException {
    Attributes read = new Attributes();
    for (Attribute a : server.getAttributes(mbean, names).asList()) {
      read.values.put(a.getName(), a.getValue());
    }
    return read;
  }

  /** A whole number (bytes, a count) or {@link #ABSENT}. */
  long whole(String name) {
    return whole(values.get(name));
  }

  static long whole(@Nullable Object value) {
    return value instanceof Number ? ((Number) value).longValue() : ABSENT;
  }

  /** Seconds as nanoseconds, or {@link #ABSENT}. */
  long nanos(String name) {
    return nanos(values.get(name));
  }

  static long nanos(@Nullable Object seconds) {
    return seconds instanceof Number
        ? Math.round(((Number) seconds).doubleValue() * NANOS_PER_SECOND)
        : ABSENT;
  }

  /** A percentage (0-100) as a fraction (0-1), or NaN. */
  double fraction(String name) {
    return real(name) / PERCENT;
  }

  /** A real number as it is, or NaN. */
  double real(String name) {
    Object v = values.get(name);
    return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
  }

  /** Text, or null. */
  @Nullable String text(String name) {
    Object v = values.get(name);
    return v == null ? null : v.toString();
  }
}

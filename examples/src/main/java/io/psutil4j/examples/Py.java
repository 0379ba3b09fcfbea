package io.psutil4j.examples;

import java.util.Locale;
import java.util.Optional;

/** How psutil's scripts print values: Python's {@code %s} of a number, None and a bool. */
final class Py {
  private Py() {}

  /** {@code "%s" % value}: None for null or an empty Optional, Python's float text otherwise. */
  static String str(Object value) {
    if (value instanceof Optional) {
      value = ((Optional<?>) value).orElse(null);
    }
    if (value == null) {
      return "None";
    }
    if (value instanceof Boolean) {
      return (Boolean) value ? "True" : "False";
    }
    return value.toString();
  }

  /** {@code round(x, 2)} printed as Python prints the float. */
  static String round2(double x) {
    return Double.toString(Math.round(x * 100) / 100.0);
  }

  /** psutil's secs2hours: {@code H:MM:SS}. */
  static String secs2hours(long secs) {
    return String.format(Locale.ROOT, "%d:%02d:%02d", secs / 3600, (secs / 60) % 60, secs % 60);
  }

  static String format(String template, Object... args) {
    return String.format(Locale.ROOT, template, args);
  }
}

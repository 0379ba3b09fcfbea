package io.psutil4j.jmx;

import java.util.Locale;

/**
 * The metric names our shipped exporter configs give an attribute: Prometheus style ({@code
 * psutil4j_memory_total_bytes}, counters end in {@code _total}) and OpenTelemetry style ({@code
 * psutil4j.memory.total}, unit apart in UCUM), units as {@link MetricUnit} writes them.
 */
final class MetricNames {
  private MetricNames() {}

  /** {@code CtxSwitchesVoluntary} to {@code ctx_switches_voluntary}, {@code Load15} to load15. */
  static String snake(String camel) {
    StringBuilder out = new StringBuilder(camel.length() + 8);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        if (i > 0 && !Character.isUpperCase(camel.charAt(i - 1))) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Prometheus naming: the base unit as a suffix (bytes, seconds, hertz, celsius, percent), {@code
   * _total} last; {@link MetricUnit#prometheusFactor} converts the value to that unit.
   */
  static String prometheus(CatalogEntry type, CatalogEntry.Attribute a) {
    String base =
        sanitize(type.domain) + "_" + String.join("_", type.metricStem) + "_" + snake(a.name);
    String suffix = MetricUnit.of(a.unit).prometheusSuffix;
    // bytes_recv already says bytes: no bytes_recv_bytes
    boolean named = ("_" + snake(a.name) + "_").contains("_" + suffix + "_");
    if (!suffix.isEmpty() && !named) {
      base = base + "_" + suffix;
    }
    return a.counter() ? base + "_total" : base;
  }

  /** OpenTelemetry naming: dotted, the unit kept apart ({@link #ucum}). */
  static String otel(CatalogEntry type, CatalogEntry.Attribute a) {
    return type.domain + "." + String.join(".", type.metricStem) + "." + snake(a.name);
  }

  /** The UCUM unit OpenTelemetry expects for the value as the MBean gives it. */
  static String ucum(String unit) {
    return MetricUnit.of(unit).ucum;
  }

  private static String sanitize(String domain) {
    return domain.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(Locale.ROOT);
  }
}

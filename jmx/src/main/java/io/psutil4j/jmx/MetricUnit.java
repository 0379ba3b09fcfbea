package io.psutil4j.jmx;

import java.util.List;
import java.util.Map;

/**
 * How one unit of our MBean descriptors ({@code units}, {@link Row#unit}) is written for each
 * monitoring stack: OpenTelemetry takes the source unit in UCUM ({@code ms}, {@code MHz}, {@code
 * {packet}}), Prometheus wants its base units in the name ({@code _seconds}, {@code _bytes}, {@code
 * _hertz}, {@code _celsius}) with the value converted by jmx_exporter's {@code valueFactor}.
 */
final class MetricUnit {
  /** Text for JMX consoles only: no metric in any exporter config. */
  private static final MetricUnit TEXT = new MetricUnit("", "", 1, "", List.of());

  private static final Map<String, MetricUnit> UNITS =
      Map.ofEntries(
          Map.entry("bytes", new MetricUnit("By", "bytes", 1)),
          Map.entry("seconds", new MetricUnit("s", "seconds", 1)),
          Map.entry("milliseconds", new MetricUnit("ms", "seconds", 1e-3)),
          Map.entry("microseconds", new MetricUnit("us", "seconds", 1e-6)),
          Map.entry("MHz", new MetricUnit("MHz", "hertz", 1e6)),
          // node_exporter's node_network_speed_bytes: bytes per second
          Map.entry("Mbit/s", new MetricUnit("Mbit/s", "bytes", 1e6 / 8)),
          Map.entry("celsius", new MetricUnit("Cel", "celsius", 1)),
          // UCUM has no rpm; the semantic conventions' hw.fan.speed and node_exporter use it
          Map.entry("rpm", new MetricUnit("rpm", "rpm", 1)),
          Map.entry("percent", new MetricUnit("%", "percent", 1)),
          Map.entry("ratio", new MetricUnit("1", "ratio", 1)),
          // counts: a UCUM annotation naming the thing counted, no unit in a Prometheus name
          Map.entry("count", new MetricUnit("{count}", "", 1)),
          Map.entry("cpus", new MetricUnit("{cpu}", "", 1)),
          Map.entry("descriptors", new MetricUnit("{file_descriptor}", "", 1)),
          Map.entry("events", new MetricUnit("{event}", "", 1)),
          Map.entry("operations", new MetricUnit("{operation}", "", 1)),
          Map.entry("packets", new MetricUnit("{packet}", "", 1)),
          Map.entry("periods", new MetricUnit("{period}", "", 1)),
          Map.entry("processes", new MetricUnit("{process}", "", 1)),
          Map.entry("tasks", new MetricUnit("{task}", "", 1)),
          // dimensionless numbers
          Map.entry("boolean", new MetricUnit("1", "", 1)),
          Map.entry("id", new MetricUnit("1", "", 1)),
          Map.entry("shares", new MetricUnit("1", "", 1)),
          Map.entry("weight", new MetricUnit("1", "", 1)),
          Map.entry("text", TEXT),
          Map.entry("table", TEXT),
          // uname -snrvm: only the version has spaces; node_exporter's node_uname_info labels.
          // No _info suffix: jmx_exporter 1.0.1 (client_java 1.x) drops it from a gauge's name
          Map.entry(
              "uname",
              new MetricUnit(
                  "",
                  "",
                  1,
                  "(\\S+) (\\S+) (\\S+) (.*) (\\S+)",
                  List.of("sysname", "nodename", "release", "version", "machine"))));

  /** The UCUM unit of the value as the MBean gives it. */
  final String ucum;

  /** The Prometheus base unit the name ends with, empty for counts and plain numbers. */
  final String prometheusSuffix;

  /** What the MBean's value is multiplied by to be in {@link #prometheusSuffix}'s unit. */
  final double prometheusFactor;

  /**
   * For text that names a thing (an info metric: value 1, the text in labels), the regular
   * expression whose groups are the labels' values; empty for other units.
   */
  final String infoPattern;

  /** The labels {@link #infoPattern}'s groups fill, in order. */
  final List<String> infoLabels;

  private MetricUnit(String ucum, String prometheusSuffix, double prometheusFactor) {
    this(ucum, prometheusSuffix, prometheusFactor, "", List.of());
  }

  private MetricUnit(
      String ucum,
      String prometheusSuffix,
      double prometheusFactor,
      String infoPattern,
      List<String> infoLabels) {
    this.ucum = ucum;
    this.prometheusSuffix = prometheusSuffix;
    this.prometheusFactor = prometheusFactor;
    this.infoPattern = infoPattern;
    this.infoLabels = infoLabels;
  }

  /** Whether the value is text exported as an info metric. */
  boolean info() {
    return !infoLabels.isEmpty();
  }

  /**
   * The unit named {@code unit} in a descriptor.
   *
   * @throws IllegalArgumentException naming the unit when no exporter mapping knows it, so a new
   *     unit cannot reach a config as a bare "1"
   */
  static MetricUnit of(String unit) {
    MetricUnit u = UNITS.get(unit);
    if (u == null) {
      throw new IllegalArgumentException(
          "unknown metric unit '"
              + unit
              + "': add it to MetricUnit with its UCUM and Prometheus form");
    }
    return u;
  }
}

package io.psutil4j.jmx;

import java.util.List;

/**
 * The metrics reference and the exporter configs, generated from the same {@link MBeanTable}s the
 * MBeans serve (no MBean is registered for it), so documentation and configs cannot drift from the
 * code: {@code docs/metrics.md}, {@code examples/config/jmx_exporter.yaml}, {@code
 * examples/config/jmx_exporter_cadvisor.yaml}, {@code examples/config/otel-jmx.yaml} and {@code
 * examples/config/otel-jmx-semconv.yaml} are this class's output, checked by a test.
 */
public final class MetricsReference {
  private final List<CatalogEntry> types;

  private MetricsReference(List<CatalogEntry> types) {
    this.types = types;
  }

  /** Every MBean type the default configuration registers, read from the types' tables. */
  public static MetricsReference ofDefaultMBeans() {
    return of(JmxConfig.DEFAULT_DOMAIN, MetricTables.registeredBy(JmxConfig.defaults()));
  }

  /** The MBean types of {@code tables}, named in {@code domain}. */
  static MetricsReference of(String domain, List<MBeanTable> tables) {
    return new MetricsReference(MetricCatalog.of(domain, tables));
  }

  /** The Markdown reference: one section per MBean type, one table row per attribute. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Metrics reference\n\n")
        .append("Generated from the tables that also give the MBeans their MBeanInfo, by\n")
        .append("`java -jar examples/target/psutil4j-examples.jar metrics-reference`; ")
        .append(
            "do not edit (a test\nfails when this file differs from the generator's output).\n\n")
        .append("*Kind*: `counter` only grows (until a reboot or restart), `gauge` goes up and ")
        .append("down.\n*Prometheus*: the name given by `examples/config/jmx_exporter.yaml`; ")
        .append("*OpenTelemetry*: by\n`examples/config/otel-jmx.yaml`; ")
        .append("`examples/config/otel-jmx-semconv.yaml` gives the semantic\n")
        .append("conventions' names (`process.*`, `system.*`, `container.*`) where they have one. ")
        .append("Text attributes are for JMX consoles only, but for host identity: a\n")
        .append("Prometheus info metric (value 1, the text in labels); OpenTelemetry carries it\n")
        .append("as the resource attributes `host.name`, `host.arch` and `os.description`.\n");
    for (CatalogEntry t : types) {
      md.append("\n## ").append(t.type).append("\n\n");
      md.append("`").append(t.objectName).append("`");
      if (!t.entityKeys.isEmpty()) {
        md.append(" (one MBean per ").append(String.join(", ", t.entityKeys)).append(')');
      }
      md.append(": ").append(t.description).append("\n\n");
      md.append("| Attribute | Open type | Unit | Kind | psutil | Prometheus | OpenTelemetry |")
          .append(" Description |\n");
      md.append("|---|---|---|---|---|---|---|---|\n");
      for (CatalogEntry.Attribute a : t.attributes) {
        md.append("| ")
            .append(a.name)
            .append(" | ")
            .append(a.openType)
            .append(" | ")
            .append(a.unit)
            .append(" | ")
            .append(a.kind)
            .append(" | `")
            .append(a.psutil)
            .append("` | ")
            .append(
                a.numeric || MetricUnit.of(a.unit).info()
                    ? "`" + MetricNames.prometheus(t, a) + "`"
                    : "-")
            .append(" | ")
            .append(
                a.numeric
                    ? "`" + MetricNames.otel(t, a) + "` (" + MetricNames.ucum(a.unit) + ")"
                    : "-")
            .append(" | ")
            .append(a.summary.replace("|", "\\|"))
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /** A jmx_exporter (1.x) config: one rule per numeric attribute, with name, type and unit. */
  public String jmxExporterYaml() {
    return ExporterConfigs.jmxExporter(types);
  }

  /** The same, with cAdvisor's names for the Container MBean's values where it has them. */
  public String jmxExporterCadvisorYaml() {
    return ExporterConfigs.jmxExporterCadvisor(types);
  }

  /** OpenTelemetry JMX Metric Insight rules ({@code -Dotel.jmx.config=...}). */
  public String otelRulesYaml() {
    return ExporterConfigs.otel(types);
  }

  /** The same, with the semantic conventions' names, units and attributes where they have them. */
  public String otelSemconvRulesYaml() {
    return OtelSemconvRules.yaml(types);
  }
}

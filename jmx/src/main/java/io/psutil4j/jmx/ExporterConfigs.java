package io.psutil4j.jmx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the jmx_exporter and OpenTelemetry configs for the catalogued MBeans. Neither tool reads
 * JMX descriptors (metric type and unit), so the configs carry them.
 */
final class ExporterConfigs {
  /** A quoted ObjectName value, its escapes ({@code \"}, {@code \\}) included; captures inside. */
  private static final String QUOTED_VALUE = "=\"((?:[^\"\\\\]|\\\\.)+)\"";

  private ExporterConfigs() {}

  static String jmxExporter(List<CatalogEntry> types) {
    StringBuilder y = new StringBuilder();
    y.append("# jmx_exporter config for psutil4j's MBeans, generated from their descriptors by\n")
        .append("# `psutil4j-examples metrics-reference --format jmx-exporter`: do not edit.\n")
        .append("# java -javaagent:jmx_prometheus_javaagent-1.0.1.jar=127.0.0.1:9404:")
        .append("jmx_exporter.yaml \\\n");
    return jmxExporter(types, y, false);
  }

  /**
   * The same with cAdvisor's names for the Container MBean's values ({@link CadvisorNames}), so
   * Kubernetes dashboards and alerts written for cAdvisor read the JVM's own cgroup.
   */
  static String jmxExporterCadvisor(List<CatalogEntry> types) {
    StringBuilder y = new StringBuilder();
    y.append("# jmx_exporter config for psutil4j's MBeans with cAdvisor's names for the ")
        .append("Container MBean\n# (container_memory_working_set_bytes, ")
        .append("container_cpu_usage_seconds_total, ...) and ours for\n")
        .append("# the rest, generated from their descriptors by\n")
        .append("# `psutil4j-examples metrics-reference --format jmx-exporter-cadvisor`: ")
        .append("do not edit.\n")
        .append("# cAdvisor's pod, namespace and container labels come from Prometheus' ")
        .append("kubernetes_sd\n# relabel_configs (__meta_kubernetes_pod_name, ...).\n")
        .append("# java -javaagent:jmx_prometheus_javaagent-1.0.1.jar=127.0.0.1:9404:")
        .append("jmx_exporter_cadvisor.yaml \\\n");
    return jmxExporter(types, y, true);
  }

  private static String jmxExporter(List<CatalogEntry> types, StringBuilder y, boolean cadvisor) {
    y.append("#      -javaagent:psutil4j-agent.jar -jar app.jar\n")
        .append("# Metric types and units come from here (jmx_exporter does not read JMX ")
        .append("descriptors);\n# HELP is each attribute's description. ")
        .append("See docs/metrics.md for every name.\n")
        .append("lowercaseOutputName: true\n")
        .append("includeObjectNames:\n");
    String domain = types.isEmpty() ? JmxConfig.DEFAULT_DOMAIN : types.get(0).domain;
    y.append("  - \"").append(domain).append(":*\"\n");
    excludeTables(y, types);
    y.append("rules:\n");
    for (CatalogEntry t : types) {
      StringBuilder bean =
          new StringBuilder(t.domain.replace(".", "\\.")); // domains: [A-Za-z0-9_.-]
      bean.append("<type=").append(t.type);
      for (String key : t.entityKeys) {
        // jmx_exporter joins key properties with ", " in the order they were written, values as
        // written: a quoted one ("/") is matched inside its quotes so the label is the bare path
        bean.append(", ").append(key).append(t.quotedEntities ? QUOTED_VALUE : "=([^,>]+)");
      }
      bean.append("><>");
      for (CatalogEntry.Attribute a : t.attributes) {
        MetricUnit unit = MetricUnit.of(a.unit);
        if (!a.numeric && !unit.info()) {
          continue;
        }
        // the rule input is "domain<keys><>Attribute: value"; ": " ends the attribute name
        y.append("  - pattern: '^").append(bean).append(a.name).append(": ");
        y.append(unit.info() ? unit.infoPattern + "$'\n" : "'\n");
        // cAdvisor's unit is ours (CadvisorNames checks): the value goes out unscaled
        CadvisorNames.Name c = cadvisor ? CadvisorNames.of(t, a) : null;
        y.append("    name: ")
            .append(c != null ? c.metric : MetricNames.prometheus(t, a))
            .append('\n');
        y.append("    type: ").append(a.counter() ? "COUNTER" : "GAUGE").append('\n');
        if (unit.info()) {
          y.append("    value: 1\n");
        } else if (c == null && unit.prometheusFactor != 1) {
          y.append("    valueFactor: ").append(plain(unit.prometheusFactor)).append('\n');
        }
        List<String> labels = new ArrayList<>(t.entityKeys);
        labels.addAll(unit.infoLabels);
        Map<String, String> constant = c != null ? c.labels : Map.of();
        if (!labels.isEmpty() || !constant.isEmpty()) {
          y.append("    labels:\n");
          for (int i = 0; i < labels.size(); i++) {
            y.append("      ").append(labels.get(i)).append(": \"$").append(i + 1).append("\"\n");
          }
          constant.forEach(
              (label, value) ->
                  y.append("      ").append(label).append(": \"").append(value).append("\"\n"));
        }
      }
    }
    return y.toString();
  }

  /**
   * Tables (the Threads table reads every thread's files) are never fetched: jmx_exporter reads
   * every attribute of an included MBean before its rules pick, so leaving them out of the rules is
   * not enough. Entity MBeans have no table, and the filter needs exact names.
   */
  private static void excludeTables(StringBuilder y, List<CatalogEntry> types) {
    boolean any = false;
    for (CatalogEntry t : types) {
      if (!t.entityKeys.isEmpty()) {
        continue;
      }
      StringBuilder tables = new StringBuilder();
      for (CatalogEntry.Attribute a : t.attributes) {
        if (a.unit.equals("table")) {
          tables.append("    - ").append(a.name).append('\n');
        }
      }
      if (tables.length() > 0) {
        if (!any) {
          y.append("excludeObjectNameAttributes:\n");
          any = true;
        }
        y.append("  \"").append(t.objectName).append("\":\n").append(tables);
      }
    }
  }

  static String otel(List<CatalogEntry> types) {
    StringBuilder y = new StringBuilder();
    y.append("# OpenTelemetry JMX Metric Insight rules for psutil4j's MBeans, generated from\n")
        .append("# their descriptors by `psutil4j-examples metrics-reference --format otel`: ")
        .append("do not edit.\n")
        .append(
            "# java -javaagent:opentelemetry-javaagent.jar -Dotel.jmx.config=otel-jmx.yaml \\\n")
        .append("#      -javaagent:psutil4j-agent.jar -jar app.jar\n")
        .append("---\n")
        .append("rules:\n");
    for (CatalogEntry t : types) {
      y.append("  - bean: \"").append(t.objectName).append("\"\n");
      if (!t.entityKeys.isEmpty()) {
        y.append("    metricAttribute:\n");
        for (String key : t.entityKeys) {
          y.append("      ").append(key).append(": param(").append(key).append(")\n");
        }
      }
      y.append("    mapping:\n");
      for (CatalogEntry.Attribute a : t.attributes) {
        if (!a.numeric) {
          continue;
        }
        otelMapping(
            y,
            a.name,
            MetricNames.otel(t, a),
            a.counter() ? "counter" : "gauge",
            MetricNames.ucum(a.unit),
            a.summary);
      }
    }
    return y.toString();
  }

  /** One entry of a JMX Metric Insight rule's {@code mapping}: an attribute and its metric. */
  static void otelMapping(
      StringBuilder y, String attribute, String metric, String type, String unit, String desc) {
    y.append("      ").append(attribute).append(":\n");
    y.append("        metric: ").append(metric).append('\n');
    y.append("        type: ").append(type).append('\n');
    y.append("        unit: \"").append(unit).append("\"\n");
    y.append("        desc: \"").append(quoted(desc)).append("\"\n");
  }

  /** {@code 0.001}, not {@code 1.0E-3}: as a reader of the config writes a factor. */
  private static String plain(double factor) {
    return BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString();
  }

  private static String quoted(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"");
  }
}

package io.psutil4j.jmx;

import java.util.List;
import java.util.Map;

/**
 * Writes the OpenTelemetry JMX Metric Insight rules that name our attributes as the semantic
 * conventions do ({@link SemanticConventions}); every other numeric attribute keeps our name, so
 * one file gives everything the MBeans say.
 */
final class OtelSemconvRules {
  private OtelSemconvRules() {}

  static String yaml(List<CatalogEntry> types) {
    StringBuilder y = new StringBuilder();
    y.append("# OpenTelemetry JMX Metric Insight rules for psutil4j's MBeans with the names of\n")
        .append(
            "# OpenTelemetry's semantic conventions (v1.44: process.*, system.*, container.*)\n")
        .append(
            "# where they have one, ours elsewhere; generated from the MBeans' descriptors by\n")
        .append("# `psutil4j-examples metrics-reference --format otel-semconv`: do not edit.\n")
        .append("# java -javaagent:opentelemetry-javaagent.jar ")
        .append("-Dotel.jmx.config=otel-jmx-semconv.yaml \\\n")
        .append("#      -javaagent:psutil4j-agent.jar -jar app.jar\n")
        .append("# Host identity is the agent's resource (host.name, host.arch, os.description).\n")
        .append("---\n")
        .append("rules:\n");
    for (CatalogEntry t : types) {
      y.append("  - bean: \"").append(t.objectName).append("\"\n");
      y.append("    mapping:\n");
      for (CatalogEntry.Attribute a : t.attributes) {
        if (!a.numeric) {
          continue;
        }
        SemanticConventions.Mapping m = SemanticConventions.of(t, a);
        if (m == null) {
          ExporterConfigs.otelMapping(
              y,
              a.name,
              MetricNames.otel(t, a),
              a.counter() ? "counter" : "gauge",
              MetricNames.ucum(a.unit),
              a.summary);
          attributes(y, SemanticConventions.entityAttributes(t));
        } else {
          SemanticConventions.Convention c = m.convention;
          ExporterConfigs.otelMapping(y, a.name, c.metric, c.instrument, c.unit, c.brief);
          String sourceUnit = sourceUnit(t, a, c);
          if (!sourceUnit.isEmpty()) {
            y.append("        sourceUnit: \"").append(sourceUnit).append("\"\n");
          }
          attributes(y, m.attributes);
        }
      }
    }
    return y.toString();
  }

  /**
   * The unit JMX Insight converts from ({@code ms} to {@code s}), empty when the values are already
   * in the convention's unit.
   *
   * @throws IllegalStateException when they are not and no conversion leads there
   */
  static String sourceUnit(
      CatalogEntry t, CatalogEntry.Attribute a, SemanticConventions.Convention c) {
    String ours = MetricNames.ucum(a.unit);
    if (ours.equals(c.unit) || (dimensionless(ours) && dimensionless(c.unit))) {
      return "";
    }
    // the conversions the OpenTelemetry Java agent's JMX Insight has (its UnitConverter)
    if (c.unit.equals("s") && (ours.equals("ms") || ours.equals("us"))) {
      return ours;
    }
    throw new IllegalStateException(
        t.type
            + "."
            + a.name
            + " is in "
            + ours
            + ": it cannot be "
            + c.metric
            + ", which is in "
            + c.unit);
  }

  /** A count of things: {@code 1} or a UCUM annotation such as {@code {thread}}. */
  private static boolean dimensionless(String ucum) {
    return ucum.equals("1") || ucum.startsWith("{");
  }

  private static void attributes(StringBuilder y, Map<String, String> attributes) {
    if (attributes.isEmpty()) {
      return;
    }
    y.append("        metricAttribute:\n");
    attributes.forEach(
        (name, value) ->
            y.append("          ").append(name).append(": ").append(value).append('\n'));
  }
}

package io.psutil4j.examples;

import io.psutil4j.jmx.MetricsReference;
import java.io.PrintStream;
import java.util.List;

/**
 * The {@code metrics-reference} command: what every psutil4j MBean attribute is, generated from the
 * MBeans themselves, as Markdown ({@code docs/metrics.md}) or as the jmx_exporter and OpenTelemetry
 * configs of {@code examples/config/} (our names; the semantic conventions' and cAdvisor's names).
 */
final class MetricsReferenceCommand implements Command {
  @Override
  public String name() {
    return "metrics-reference";
  }

  @Override
  public String arguments() {
    return "[--format markdown|jmx-exporter|jmx-exporter-cadvisor|otel|otel-semconv]";
  }

  @Override
  public String summary() {
    return "every MBean attribute: ObjectName, type, unit, counter/gauge, psutil source";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "--format");
    int at = args.indexOf("--format");
    String format = at < 0 ? "markdown" : args.get(at + 1);
    if (!List.of("markdown", "jmx-exporter", "jmx-exporter-cadvisor", "otel", "otel-semconv")
        .contains(format)) {
      throw new UsageException(
          "--format must be markdown, jmx-exporter, jmx-exporter-cadvisor, otel or otel-semconv,"
              + " got '"
              + format
              + "'");
    }
    MetricsReference reference = MetricsReference.ofDefaultMBeans();
    if (format.equals("markdown")) {
      out.print(reference.markdown());
    } else if (format.equals("jmx-exporter")) {
      out.print(reference.jmxExporterYaml());
    } else if (format.equals("jmx-exporter-cadvisor")) {
      out.print(reference.jmxExporterCadvisorYaml());
    } else if (format.equals("otel")) {
      out.print(reference.otelRulesYaml());
    } else {
      out.print(reference.otelSemconvRulesYaml());
    }
    return 0;
  }
}

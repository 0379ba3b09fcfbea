package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The hand-written configs of examples/config agree with the generated jmx_exporter rules: the
 * dashboard queries only metrics the rules produce, {@code rate()} only of counters and counters
 * only through {@code rate()}; Prometheus scrapes the port the exporter's example binds.
 */
class ExampleConfigsTest {
  private static final Path CONFIG =
      Paths.get("").toAbsolutePath().getParent().resolve("examples/config");
  private static final Pattern METRIC = Pattern.compile("(rate\\()?(psutil4j_[a-z0-9_]+)");

  @Test
  void theDashboardQueriesOnlyMetricsTheExporterRulesMakeWithRateOnlyOnCounters() throws Exception {
    Map<String, String> types = exporterRuleTypes();
    String dashboard = read("grafana-dashboard.json");
    Matcher m = METRIC.matcher(dashboard);
    int queried = 0;
    while (m.find()) {
      String name = m.group(2);
      String type = types.get(name);
      assertTrue(type != null, name + " is no metric of jmx_exporter.yaml");
      boolean rate = m.group(1) != null;
      assertEquals(type.equals("COUNTER"), rate, name + " is a " + type + "; rate(): " + rate);
      queried++;
    }
    assertTrue(queried >= 10, "the dashboard shows memory, CPU, load and the process");
    for (String panel : List.of("Memory", "CPU busy", "Load average", "context switches")) {
      assertTrue(dashboard.contains(panel), panel);
    }
  }

  @Test
  void prometheusScrapesThePortOfTheExportersExampleCommand() throws Exception {
    Matcher port =
        Pattern.compile("jmx_prometheus_javaagent-[0-9.]+\\.jar=(?:[0-9.]+:)?(\\d+):")
            .matcher(read("jmx_exporter.yaml"));
    assertTrue(port.find());
    String prometheus = read("prometheus.yml");
    assertTrue(prometheus.contains("\"127.0.0.1:" + port.group(1) + "\""), prometheus);
    assertFalse(prometheus.contains("\t"), "YAML must not contain tabs");
  }

  private static Map<String, String> exporterRuleTypes() throws Exception {
    Map<String, String> types = new HashMap<>();
    String name = null;
    for (String line : read("jmx_exporter.yaml").split("\n")) {
      if (line.startsWith("    name: ")) {
        name = line.substring("    name: ".length());
      } else if (line.startsWith("    type: ")) {
        types.put(name, line.substring("    type: ".length()));
      }
    }
    assertFalse(types.isEmpty());
    return types;
  }

  private static String read(String file) throws Exception {
    return Files.readString(CONFIG.resolve(file), StandardCharsets.UTF_8);
  }
}

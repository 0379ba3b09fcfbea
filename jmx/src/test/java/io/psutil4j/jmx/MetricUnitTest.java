package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.management.openmbean.SimpleType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every shipped config writes each attribute in the unit its MBean descriptor declares: UCUM in the
 * OpenTelemetry rules, the base unit in the Prometheus name with the value converted to it. A unit
 * the mapping does not know, or a name that says another unit than the descriptor, fails here.
 */
class MetricUnitTest {
  private static List<CatalogEntry> catalog;
  private static String jmxExporter;
  private static String otel;

  @BeforeAll
  static void readTheDefaultTables() {
    List<MBeanTable> tables = MetricTables.registeredBy(JmxConfig.defaults());
    catalog = MetricCatalog.of(JmxConfig.DEFAULT_DOMAIN, tables);
    MetricsReference reference = MetricsReference.of(JmxConfig.DEFAULT_DOMAIN, tables);
    jmxExporter = reference.jmxExporterYaml();
    otel = reference.otelRulesYaml();
  }

  @Test
  void everyRuleCarriesTheDescriptorsUnit() {
    int rules = 0;
    for (CatalogEntry t : catalog) {
      for (CatalogEntry.Attribute a : t.attributes) {
        MetricUnit unit = MetricUnit.of(a.unit); // throws for a unit without a mapping
        if (!a.numeric) {
          continue;
        }
        String name = MetricNames.prometheus(t, a);
        // the unit as a word of the name: last, or where psutil's field says it (bytes_recv)
        String words = "_" + name.replaceFirst("_total$", "") + "_";
        assertTrue(
            unit.prometheusSuffix.isEmpty() || words.contains("_" + unit.prometheusSuffix + "_"),
            () -> name + " is in " + a.unit + ": its name must say " + unit.prometheusSuffix);
        String factor =
            unit.prometheusFactor == 1 ? "" : "    valueFactor: " + plain(unit.prometheusFactor);
        String rule = jmxExporterRule(name);
        assertEquals(!factor.isEmpty(), rule.contains("valueFactor"), rule);
        assertTrue(rule.contains(factor), () -> name + " from " + a.unit + " needs " + factor);
        assertTrue(
            otel.contains(
                "        metric: "
                    + MetricNames.otel(t, a)
                    + "\n        type: "
                    + (a.counter() ? "counter" : "gauge")
                    + "\n        unit: \""
                    + unit.ucum
                    + "\"\n"),
            () -> MetricNames.otel(t, a) + " must have unit " + unit.ucum);
        rules++;
      }
    }
    assertTrue(rules > 100, "numeric attributes checked: " + rules);
  }

  /**
   * What an attribute's name says about its unit must be what its descriptor declares: the last
   * word ({@code ReadBytes}, {@code BusyTime}) or, for a min/max/current, the first ({@code
   * FreqMax}, {@code TemperatureMax}).
   */
  @Test
  void everyNameThatSaysAUnitHasThatUnit() {
    Map<String, List<String>> wordToUnits =
        Map.of(
            "bytes", List.of("bytes"),
            "time", List.of("seconds", "milliseconds", "microseconds"),
            "percent", List.of("percent"),
            "freq", List.of("MHz"),
            "temperature", List.of("celsius"),
            "fan", List.of("rpm"),
            "speed", List.of("Mbit/s"));
    List<String> mismatches = new ArrayList<>();
    int named = 0;
    for (CatalogEntry t : catalog) {
      for (CatalogEntry.Attribute a : t.attributes) {
        String[] words = MetricNames.snake(a.name).split("_");
        String word = words[words.length - 1];
        if (List.of("current", "min", "max").contains(word)) {
          word = words[0];
        }
        List<String> units = wordToUnits.get(word);
        if (a.numeric && units != null) {
          named++;
          if (!units.contains(a.unit)) {
            mismatches.add(t.type + "." + a.name + " is in " + a.unit + ", not " + units);
          }
        }
      }
    }
    assertEquals(List.of(), mismatches);
    assertTrue(named > 20, "attributes whose name says a unit: " + named);
  }

  @Test
  void unitsThatAreNotPrometheusBaseUnitsAreConverted() {
    assertTrue(
        jmxExporterRule("psutil4j_disk_read_time_seconds_total").contains("valueFactor: 0.001\n"));
    assertTrue(
        jmxExporterRule("psutil4j_cpu_freq_current_hertz").contains("valueFactor: 1000000\n"));
    assertTrue(
        jmxExporterRule("psutil4j_container_cpu_quota_seconds")
            .contains("valueFactor: 0.000001\n"));
    assertTrue(
        jmxExporterRule("psutil4j_network_interface_speed_bytes")
            .contains("valueFactor: 125000\n"));
    assertTrue(jmxExporterRule("psutil4j_sensors_temperature_max_celsius").contains("GAUGE"));
    assertTrue(
        otel.contains(
            "metric: psutil4j.disk.read_time\n        type: counter\n" + "        unit: \"ms\"\n"),
        otel);
    assertTrue(otel.contains("unit: \"MHz\""));
    assertTrue(otel.contains("unit: \"Mbit/s\""));
    assertTrue(otel.contains("unit: \"Cel\""));
    assertTrue(otel.contains("unit: \"us\""));
    assertTrue(otel.contains("unit: \"{packet}\""));
  }

  @Test
  void anUnknownUnitStopsTheGeneratorNamingIt() {
    // an MBean whose unit no exporter knows
    MBeanTable race =
        MBeanTable.table(MBeanGroup.HOST, "Race", MBeanTable.Naming.SINGLETON, "A race")
            .from(Source.<Object>named("a race"))
            .gauge("Distance", SimpleType.LONG, "furlongs", reading -> 0L)
            .described("Distance run", "none")
            .build();
    MetricsReference reference = MetricsReference.of("test", List.of(race));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, reference::otelRulesYaml);
    assertTrue(e.getMessage().contains("'furlongs'"), e.getMessage());
    assertThrows(IllegalArgumentException.class, reference::jmxExporterYaml);
  }

  private static String jmxExporterRule(String name) {
    int at = jmxExporter.indexOf("    name: " + name + "\n");
    assertTrue(at >= 0, () -> "no rule for " + name);
    int end = jmxExporter.indexOf("  - pattern:", at);
    return jmxExporter.substring(at, end < 0 ? jmxExporter.length() : end);
  }

  private static String plain(double factor) {
    return BigDecimal.valueOf(factor).stripTrailingZeros().toPlainString();
  }
}

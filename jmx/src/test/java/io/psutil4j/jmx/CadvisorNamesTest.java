package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The cAdvisor-named jmx_exporter config: cAdvisor's names for Container, ours elsewhere. */
class CadvisorNamesTest {
  private static String ours;
  private static String cadvisor;

  @BeforeAll
  static void generate() {
    MetricsReference reference = MetricsReference.ofDefaultMBeans();
    ours = reference.jmxExporterYaml();
    cadvisor = reference.jmxExporterCadvisorYaml();
  }

  @Test
  void everyNamedAttributeIsAContainerAttributeAndGetsItsRule() {
    Set<String> metrics = new TreeSet<>();
    for (String attribute : CadvisorNames.containerAttributes()) {
      int rule = cadvisor.indexOf("<type=Container><>" + attribute + ": '\n");
      assertTrue(rule > 0, () -> "no rule for Container." + attribute + " in\n" + cadvisor);
      String name = cadvisor.substring(rule).lines().skip(1).findFirst().orElseThrow();
      assertTrue(name.startsWith("    name: container_"), name);
      metrics.add(name.substring("    name: ".length()));
    }
    assertEquals(CadvisorNames.containerAttributes().size(), metrics.size(), "one name each");
  }

  @Test
  void cadvisorUnitsGoOutUnscaled() {
    // ours: microseconds to seconds; cAdvisor: the kernel's microseconds
    assertTrue(
        cadvisor.contains(
            "<type=Container><>CpuQuota: '\n"
                + "    name: container_spec_cpu_quota\n"
                + "    type: GAUGE\n"
                + "  - pattern"),
        cadvisor);
    assertTrue(
        cadvisor.contains(
            "<type=Container><>CpuUsage: '\n"
                + "    name: container_cpu_usage_seconds_total\n"
                + "    type: COUNTER\n"
                + "    labels:\n"
                + "      cpu: \"total\"\n"),
        cadvisor);
    assertTrue(ours.contains("    name: psutil4j_container_cpu_quota_seconds\n"), ours);
  }

  @Test
  void everyOtherRuleIsOurs() {
    List<String> oursRules = rulesOutsideContainer(ours);
    assertFalse(oursRules.isEmpty());
    assertEquals(oursRules, rulesOutsideContainer(cadvisor));
    // Container attributes cAdvisor has no name for keep ours
    assertTrue(cadvisor.contains("    name: psutil4j_container_memory_high_bytes\n"), cadvisor);
  }

  @Test
  void aUnitCAdvisorDoesNotShareIsRefused() {
    CatalogEntry.Attribute inMillis =
        new CatalogEntry.Attribute(
            "CpuUsage", "java.lang.Double", true, "milliseconds", Row.COUNTER, "x", "x");
    CatalogEntry container =
        MetricCatalog.of(JmxConfig.DEFAULT_DOMAIN, MetricTables.registeredBy(JmxConfig.defaults()))
            .stream()
            .filter(t -> t.type.equals("Container"))
            .findFirst()
            .orElseThrow();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> CadvisorNames.of(container, inMillis));
    assertTrue(e.getMessage().contains("Container.CpuUsage"), e.getMessage());
    assertTrue(e.getMessage().contains("container_cpu_usage_seconds_total"), e.getMessage());
  }

  private static List<String> rulesOutsideContainer(String yaml) {
    return List.of(yaml.substring(yaml.indexOf("rules:\n")).split("\n  - pattern: ")).stream()
        .filter(rule -> !rule.contains("<type=Container>"))
        .collect(Collectors.toList());
  }
}

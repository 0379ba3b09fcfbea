package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The semantic-conventions rules: names, units and attributes as the conventions define them. */
class OtelSemconvRulesTest {
  private static String rules;

  @BeforeAll
  static void generate() {
    rules = MetricsReference.ofDefaultMBeans().otelSemconvRulesYaml();
  }

  @Test
  void everyConventionFindsItsAttribute() {
    long conventional =
        rules
            .lines()
            .filter(l -> l.startsWith("        metric: ") && !l.contains("psutil4j."))
            .count();
    assertEquals(SemanticConventions.size(), conventional, rules);
  }

  @Test
  void millisecondsAreConvertedToTheConventionsSeconds() {
    assertTrue(
        rules.contains(
            "      ReadTime:\n"
                + "        metric: system.disk.operation_time\n"
                + "        type: counter\n"
                + "        unit: \"s\"\n"
                + "        desc: \"Sum of the time each operation took.\"\n"
                + "        sourceUnit: \"ms\"\n"
                + "        metricAttribute:\n"
                + "          system.device: param(name)\n"
                + "          disk.io.direction: const(read)\n"),
        rules);
  }

  @Test
  void stateAttributesSplitOneMetric() {
    assertTrue(
        rules.contains(
            "      Cached:\n"
                + "        metric: system.memory.usage\n"
                + "        type: updowncounter\n"
                + "        unit: \"By\"\n"
                + "        desc: \"Reports memory in use by state.\"\n"
                + "        metricAttribute:\n"
                + "          system.memory.state: const(cached)\n"),
        rules);
    assertTrue(rules.contains("          cpu.mode: const(wait)\n"), "process iowait is wait");
    assertTrue(rules.contains("          network.io.direction: const(transmit)\n"), rules);
  }

  @Test
  void whatTheConventionsLackKeepsOurNameAndEntityLabel() {
    assertTrue(
        rules.contains(
            "      FreqCurrent:\n"
                + "        metric: psutil4j.cpu.percpu.freq_current\n"
                + "        type: gauge\n"
                + "        unit: \"MHz\"\n"),
        rules);
    assertTrue(rules.contains("          name: param(name)\n"), rules);
  }

  @Test
  void aUnitTheConventionCannotTakeStopsTheGenerator() {
    CatalogEntry cpu =
        new CatalogEntry(
            "psutil4j",
            "Cpu",
            "psutil4j:type=Cpu",
            List.of(),
            false,
            List.of("cpu"),
            "CPUs",
            List.of(
                new CatalogEntry.Attribute(
                    "User", "Double", true, "MHz", Row.COUNTER, "none", "Mislabelled")));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> OtelSemconvRules.yaml(List.of(cpu)));
    assertTrue(e.getMessage().contains("Cpu.User is in MHz"), e.getMessage());
    assertTrue(e.getMessage().contains("system.cpu.time, which is in s"), e.getMessage());
  }
}

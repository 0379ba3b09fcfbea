package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.SimpleType;
import org.junit.jupiter.api.Test;

/** The generator writes each MBean type's table out, one section per ObjectName pattern. */
class MetricsReferenceTest {
  private static MetricsReference fakeDisks() {
    MBeanTable disks =
        MBeanTable.table(MBeanGroup.DISK, "Disk", MBeanTable.Naming.PER_ENTITY, "One disk")
            .from(Source.<Object>named("a fake disk"))
            .counter("ReadBytes", SimpleType.LONG, "bytes", reading -> 0L)
            .described("Bytes read", "disk_io_counters(perdisk=True)[name].read_bytes")
            .gauge("BusyPercent", SimpleType.DOUBLE, "percent", reading -> 0.0)
            .described("Share of time busy", "busy_time ratio")
            .gauge("Model", SimpleType.STRING, "text", reading -> "")
            .described("Model | vendor", "none")
            .build();
    return MetricsReference.of("test", List.of(disks));
  }

  @Test
  void perEntityTypeIsOnePatternWithItsKeyAsLabel() {
    MetricsReference ref = fakeDisks();
    String md = ref.markdown();
    assertTrue(md.contains("`test:type=Disk,name=*` (one MBean per name): One disk\n"), md);
    assertEquals(1, md.split("\n## ", -1).length - 1, "one section for all disks:\n" + md);
    assertTrue(
        md.contains(
            "| ReadBytes | Long | bytes | counter | `disk_io_counters(perdisk=True)[name]"
                + ".read_bytes` | `test_disk_read_bytes_total` | `test.disk.read_bytes` (By) |"
                + " Bytes read |\n"),
        md);
    assertTrue(
        md.contains("| Model | String | text | gauge | `none` | - | - | Model \\| vendor |"));

    String exporter = ref.jmxExporterYaml();
    assertTrue(
        exporter.contains(
            "  - pattern: '^test<type=Disk, name=([^,>]+)><>ReadBytes: '\n"
                + "    name: test_disk_read_bytes_total\n"
                + "    type: COUNTER\n"
                + "    labels:\n"
                + "      name: \"$1\"\n"),
        exporter);
    assertTrue(exporter.contains("    name: test_disk_busy_percent\n    type: GAUGE\n"), exporter);
    assertTrue(exporter.contains("  - \"test:*\"\n"), exporter);
    assertFalse(exporter.contains("Model"), "text attributes are not metrics:\n" + exporter);

    String otel = ref.otelRulesYaml();
    assertTrue(
        otel.contains(
            "  - bean: \"test:type=Disk,name=*\"\n"
                + "    metricAttribute:\n"
                + "      name: param(name)\n"
                + "    mapping:\n"),
        otel);
    assertTrue(
        otel.contains(
            "      ReadBytes:\n"
                + "        metric: test.disk.read_bytes\n"
                + "        type: counter\n"
                + "        unit: \"By\"\n"
                + "        desc: \"Bytes read\"\n"),
        otel);
    assertFalse(otel.contains("Model"), otel);
  }

  @Test
  void everyAttributeOfEveryRegisteredMBeanHasARow() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    int attributes = 0;
    try (Registration r = PsutilMBeans.register(server, JmxConfig.defaults())) {
      // per-entity MBeans of one type share one section: count one of each
      java.util.Set<String> sections = new java.util.HashSet<>();
      for (ObjectName name : r.names()) {
        String section = name.getKeyProperty("type") + (name.getKeyProperty("name") != null);
        if (sections.add(section)) {
          attributes += server.getMBeanInfo(name).getAttributes().length;
        }
      }
      String md = MetricsReference.ofDefaultMBeans().markdown();
      long rows =
          md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Attribute")).count();
      assertEquals(attributes, rows, md);
      assertEquals(sections.size(), md.split("\n## ", -1).length - 1, md);
      assertTrue(
          md.contains(
              "| Total | Long | bytes | gauge | `virtual_memory().total` |"
                  + " `psutil4j_memory_total_bytes` | `psutil4j.memory.total` (By) |"
                  + " Total physical memory (MemTotal) |\n"),
          md);
      assertTrue(md.contains("`psutil4j_process_ctx_switches_voluntary_total`"), md);
      assertTrue(md.contains("`psutil4j_memory_percent` |"), "no percent_percent:\n" + md);
    }
  }

  @Test
  void attributeNamesBecomeSnakeCase() {
    assertEquals("ctx_switches_voluntary", MetricNames.snake("CtxSwitchesVoluntary"));
    assertEquals("load15", MetricNames.snake("Load15"));
    assertEquals("num_fds", MetricNames.snake("NumFds"));
    assertEquals("boot_time", MetricNames.snake("BootTime"));
  }
}

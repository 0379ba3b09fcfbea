package io.psutil4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.jmx.Registration;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JMX binder over the real psutil4j MBeans in a real MBeanServer, scraped by a real Prometheus
 * registry: names and units per Micrometer's conventions, values against the kernel.
 */
@SuppressWarnings("try") // the MBeans must be registered for the whole block, unreferenced
class PsutilJmxMetricsTest {
  private static final long SECTOR = 512;

  private MBeanServer server;
  private PrometheusMeterRegistry registry;

  @BeforeEach
  void setUp() {
    server = MBeanServerFactory.newMBeanServer();
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  @AfterEach
  void tearDown() {
    registry.close();
  }

  private Scrape scrape() {
    return new Scrape(registry.scrape());
  }

  @Test
  void everyQuantityIsAMeterInBaseUnits() {
    try (Registration mbeans = PsutilMBeans.register(server, JmxConfig.of("psutil4j", 0));
        PsutilJmxMetrics metrics = new PsutilJmxMetrics(server, "psutil4j", Tags.empty())) {
      metrics.bindTo(registry);
      Scrape s = scrape();
      assertEquals(Kernel.meminfoBytes("MemTotal"), s.value("psutil4j_memory_total_bytes"));
      assertEquals("gauge", s.type("psutil4j_memory_total_bytes"));
      // a counter in the descriptor is a counter in Prometheus
      assertEquals("counter", s.type("psutil4j_cpu_user_seconds_total"));
      // per-CPU beside all CPUs: psutil's percpu word keeps one set of tag keys per name
      assertTrue(s.has("psutil4j_percpu_user_seconds_total", "name", "cpu0"), s.toString());
      // the help names the quantity and its psutil source, not the JMX unit the value had
      assertTrue(
          s.toString()
              .contains(
                  "# HELP psutil4j_memory_total_bytes Total physical memory (MemTotal) (psutil"
                      + " virtual_memory().total)"),
          s.toString());
      // text, booleans and tables give no meter
      assertFalse(s.toString().contains("psutil4j_process_name"), s.toString());
    }
  }

  @Test
  void millisecondsBecomeSeconds() {
    String disk = Kernel.busiestDisk();
    try (Registration mbeans = PsutilMBeans.register(server, JmxConfig.of("psutil4j", 0));
        PsutilJmxMetrics metrics = new PsutilJmxMetrics(server, "psutil4j", Tags.empty())) {
      metrics.bindTo(registry);
      long msBefore = Kernel.diskstat(disk, 3);
      long sectorsBefore = Kernel.diskstat(disk, 2);
      Scrape s = scrape();
      long msAfter = Kernel.diskstat(disk, 3);
      long sectorsAfter = Kernel.diskstat(disk, 2);
      double readTime = s.value("psutil4j_disk_read_time_seconds_total", "name", disk);
      assertTrue(
          msBefore / 1000.0 <= readTime && readTime <= msAfter / 1000.0,
          readTime + " s against " + msBefore + ".." + msAfter + " ms");
      double read = s.value("psutil4j_disk_read_bytes_total", "name", disk);
      assertTrue(sectorsBefore * SECTOR <= read && read <= sectorsAfter * SECTOR);
    }
  }

  @Test
  void followsMBeansThatComeAndGo() {
    try (PsutilJmxMetrics metrics =
        new PsutilJmxMetrics(server, "psutil4j", Tags.of("app", "test"))) {
      metrics.bindTo(registry); // before the agent's thread has registered anything
      assertFalse(scrape().has("psutil4j_memory_total_bytes"));
      Registration mbeans = PsutilMBeans.register(server, JmxConfig.of("psutil4j", 0));
      assertEquals(
          Kernel.meminfoBytes("MemTotal"),
          scrape().value("psutil4j_memory_total_bytes", "app", "test"));
      mbeans.close();
      assertFalse(scrape().has("psutil4j_memory_total_bytes"));
    }
  }

  @Test
  void closeRemovesTheMetersFromEveryRegistry() {
    try (Registration mbeans = PsutilMBeans.register(server, JmxConfig.of("psutil4j", 0))) {
      PsutilJmxMetrics metrics = new PsutilJmxMetrics(server, "psutil4j", Tags.empty());
      PrometheusMeterRegistry second = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      metrics.bindTo(registry);
      metrics.bindTo(second); // one binder, two registries: each gets every meter
      assertTrue(scrape().has("psutil4j_memory_total_bytes"));
      assertEquals(registry.getMeters().size(), second.getMeters().size());
      metrics.close();
      assertTrue(registry.getMeters().isEmpty(), registry.getMeters().toString());
      assertTrue(second.getMeters().isEmpty(), second.getMeters().toString());
      second.close();
    }
  }

  @Test
  void anotherDomainIsNamedAfterIt() {
    try (Registration mbeans = PsutilMBeans.register(server, JmxConfig.of("acme.host", 0));
        PsutilJmxMetrics metrics = new PsutilJmxMetrics(server, "acme.host", Tags.empty())) {
      metrics.bindTo(registry);
      assertEquals(Kernel.meminfoBytes("MemTotal"), scrape().value("acme_host_memory_total_bytes"));
    }
  }

  @Test
  void aBadDomainIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new PsutilJmxMetrics(server, "bad:domain", Tags.empty()));
    assertTrue(e.getMessage().contains("'bad:domain'"), e.getMessage());
  }
}

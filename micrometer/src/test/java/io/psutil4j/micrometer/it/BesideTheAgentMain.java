package io.psutil4j.micrometer.it;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.psutil4j.micrometer.PsutilJmxMetrics;

/**
 * An application that runs the psutil4j agent and reports through Micrometer: binds the JMX binder
 * at once (before the agent's thread has registered anything), then prints the first scrape that
 * has the agent's MBeans, per-NIC ones included, or the last one after 60 s.
 */
public final class BesideTheAgentMain {
  private BesideTheAgentMain() {}

  public static void main(String[] args) throws InterruptedException {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new PsutilJmxMetrics().bindTo(registry);
    String scrape = registry.scrape();
    long deadline = System.nanoTime() + 60_000_000_000L;
    // singletons first, then the per-entity MBeans once the agent reconciled them, one NIC at a
    // time: wait for the one the test looks at, not the first that comes
    while (!(scrape.contains("psutil4j_memory_total_bytes ")
            && scrape.contains("psutil4j_network_interface_bytes_recv_bytes_total{name=\"lo\"}"))
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
      scrape = registry.scrape();
    }
    System.out.print(scrape);
  }
}

package io.psutil4j.jmx;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The Container MBean's values under the names cAdvisor gives them (google/cadvisor {@code
 * metrics/prometheus.go}, as kubelet serves them on {@code /metrics/cadvisor}), so Kubernetes
 * dashboards and alerts written for cAdvisor read this JVM's own cgroup. cAdvisor reads the same
 * files: usage is memory.current (v1 usage_in_bytes), RSS is anon (v1 total_rss), cache is file (v1
 * total_cache), the working set is usage minus inactive_file, threads are pids.current. Left out:
 * what cAdvisor counts per device or over every process of the container ({@code container_fs_*},
 * {@code container_processes}, {@code container_file_descriptors}), pressure (cAdvisor exports
 * stall totals, we the 10 s averages), and the swap and reservation limits, which cAdvisor does not
 * read as we do.
 */
final class CadvisorNames {
  /** One cAdvisor metric: its name, the unit and kind it has there, and its constant labels. */
  static final class Name {
    final String metric;
    final String unit;
    final boolean counter;
    final Map<String, String> labels;

    private Name(String metric, String unit, boolean counter, Map<String, String> labels) {
      this.metric = metric;
      this.unit = unit;
      this.counter = counter;
      this.labels = labels;
    }
  }

  private static final String CONTAINER = "Container";

  /** Container attribute -> cAdvisor metric, its unit in our descriptors' words. */
  private static final Map<String, Name> NAMES =
      Map.ofEntries(
          // kubelet disables cAdvisor's per-CPU usage: one series, cpu="total"
          counter(
              "CpuUsage", "container_cpu_usage_seconds_total", "seconds", Map.of("cpu", "total")),
          counter("CpuPeriods", "container_cpu_cfs_periods_total", "periods", Map.of()),
          counter(
              "CpuThrottledPeriods",
              "container_cpu_cfs_throttled_periods_total",
              "periods",
              Map.of()),
          counter(
              "CpuThrottledTime", "container_cpu_cfs_throttled_seconds_total", "seconds", Map.of()),
          // cAdvisor gives quota and period as the kernel does, in microseconds
          gauge("CpuQuota", "container_spec_cpu_quota", "microseconds"),
          gauge("CpuPeriod", "container_spec_cpu_period", "microseconds"),
          gauge("CpuShares", "container_spec_cpu_shares", "shares"),
          gauge("MemoryUsage", "container_memory_usage_bytes", "bytes"),
          gauge("MemoryWorkingSet", "container_memory_working_set_bytes", "bytes"),
          gauge("MemoryAnon", "container_memory_rss", "bytes"),
          gauge("MemoryFile", "container_memory_cache", "bytes"),
          gauge("MemoryKernel", "container_memory_kernel_usage", "bytes"),
          gauge("MemoryPeak", "container_memory_max_usage_bytes", "bytes"),
          gauge("SwapUsage", "container_memory_swap", "bytes"),
          gauge("MemoryLimit", "container_spec_memory_limit_bytes", "bytes"),
          // cAdvisor counts the OOM kills it sees in the kernel log: memory.events oom_kill
          counter("OomKills", "container_oom_events_total", "processes", Map.of()),
          gauge("Pids", "container_threads", "tasks"),
          gauge("PidsLimit", "container_threads_max", "tasks"));

  private CadvisorNames() {}

  /**
   * cAdvisor's name for {@code a} of {@code t}, null when it has none.
   *
   * @throws IllegalStateException when our unit or kind is not cAdvisor's: the value would be wrong
   *     under that name
   */
  static @Nullable Name of(CatalogEntry t, CatalogEntry.Attribute a) {
    Name n = t.type.equals(CONTAINER) ? NAMES.get(a.name) : null;
    if (n != null && (!n.unit.equals(a.unit) || n.counter != a.counter())) {
      throw new IllegalStateException(
          t.type
              + "."
              + a.name
              + " is a "
              + a.kind
              + " in "
              + a.unit
              + ": cAdvisor's "
              + n.metric
              + " is a "
              + (n.counter ? "counter" : "gauge")
              + " in "
              + n.unit);
    }
    return n;
  }

  /** The Container attributes cAdvisor names. */
  static Set<String> containerAttributes() {
    return NAMES.keySet();
  }

  private static Map.Entry<String, Name> counter(
      String attribute, String metric, String unit, Map<String, String> labels) {
    return Map.entry(attribute, new Name(metric, unit, true, labels));
  }

  private static Map.Entry<String, Name> gauge(String attribute, String metric, String unit) {
    return Map.entry(attribute, new Name(metric, unit, false, Map.of()));
  }
}

package io.psutil4j.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.psutil4j.Platforms;
import io.psutil4j.live.CgroupFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core binders in a real Prometheus registry: each scraped value against what the kernel says
 * (read here directly), within the drift that elapses between the two reads.
 */
class PsutilCoreBindersTest {
  private static final long CLOCK_TICKS = 100; // USER_HZ on Linux x86 and arm64
  private static final long SECTOR = 512; // /proc/diskstats counts 512-byte sectors
  private static final long MIB = 1024 * 1024;

  private PrometheusMeterRegistry registry;

  @BeforeEach
  void registry() {
    registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  @AfterEach
  void close() {
    registry.close();
  }

  private Scrape scrape() {
    return new Scrape(registry.scrape());
  }

  @Test
  void hostMemoryIsMeminfo() {
    new PsutilHostMetrics().bindTo(registry);
    double availableBefore = Kernel.meminfoBytes("MemAvailable");
    Scrape s = scrape();
    double availableAfter = Kernel.meminfoBytes("MemAvailable");
    assertEquals(Kernel.meminfoBytes("MemTotal"), s.value("system_memory_total_bytes"));
    assertEquals(Kernel.meminfoBytes("SwapTotal"), s.value("system_swap_total_bytes"));
    assertEquals("gauge", s.type("system_memory_available_bytes"));
    // MemAvailable moves with every allocation on the host: between a read just before and one
    // just after, give or take 64 MiB for what moved while each read was parsed
    assertBetween(
        Math.min(availableBefore, availableAfter) - 64 * MIB,
        s.value("system_memory_available_bytes"),
        Math.max(availableBefore, availableAfter) + 64 * MIB);
  }

  @Test
  void cpuTimeIsProcStatInSeconds() {
    new PsutilHostMetrics().bindTo(registry);
    long userBefore = Kernel.field("/proc/stat", "cpu", 0);
    long idleBefore = Kernel.field("/proc/stat", "cpu", 3);
    Scrape s = scrape();
    long userAfter = Kernel.field("/proc/stat", "cpu", 0);
    long idleAfter = Kernel.field("/proc/stat", "cpu", 3);
    assertEquals("counter", s.type("system_cpu_time_seconds_total"));
    double user = s.value("system_cpu_time_seconds_total", "mode", "user");
    double idle = s.value("system_cpu_time_seconds_total", "mode", "idle");
    assertBetween(userBefore / (double) CLOCK_TICKS, user, userAfter / (double) CLOCK_TICKS);
    assertBetween(idleBefore / (double) CLOCK_TICKS, idle, idleAfter / (double) CLOCK_TICKS);
    assertTrue(
        s.value("system_cpu_context_switches_total") <= Kernel.field("/proc/stat", "ctxt", 0));
  }

  @Test
  void loadIsProcLoadavg() {
    new PsutilHostMetrics().bindTo(registry);
    String before = Kernel.read("/proc/loadavg");
    Scrape s = scrape();
    String after = Kernel.read("/proc/loadavg");
    double load5 = s.value("system_load_average_5m");
    // the kernel updates the averages every 5 s: the scrape saw one of the two readings
    assertTrue(
        load5 == Double.parseDouble(before.split(" ")[1])
            || load5 == Double.parseDouble(after.split(" ")[1]),
        "load5 " + load5 + " is neither " + before + " nor " + after);
  }

  @Test
  void diskBytesAreSectorsAndTimesAreSeconds() {
    String disk = Kernel.busiestDisk();
    assumeTrue(disk != null, "no disk with reads on this host");
    new PsutilDiskMetrics().bindTo(registry);
    long sectorsBefore = Kernel.diskstat(disk, 2);
    long readMsBefore = Kernel.diskstat(disk, 3);
    Scrape s = scrape();
    long sectorsAfter = Kernel.diskstat(disk, 2);
    long readMsAfter = Kernel.diskstat(disk, 3);
    assertBetween(
        sectorsBefore * SECTOR,
        s.value("system_disk_io_bytes_total", "device", disk, "direction", "read"),
        sectorsAfter * SECTOR);
    assertBetween(
        readMsBefore / 1000.0,
        s.value("system_disk_operation_time_seconds_total", "device", disk, "direction", "read"),
        readMsAfter / 1000.0);
    // partitions would count the same bytes twice in a sum
    assertFalse(s.has("system_disk_io_bytes_total", "device", disk + "1"));
  }

  @Test
  void nicBytesAreProcNetDev() {
    new PsutilNetworkMetrics(Platforms.current(), Tags.of("host", "test")).bindTo(registry);
    long before = Kernel.field("/proc/net/dev", "lo", 0);
    Scrape s = scrape();
    long after = Kernel.field("/proc/net/dev", "lo", 0);
    assertBetween(
        before,
        s.value(
            "system_network_io_bytes_total",
            "device",
            "lo",
            "direction",
            "receive",
            "host",
            "test"),
        after);
  }

  @Test
  void ownProcessIsProcSelf() {
    new PsutilProcessMetrics().bindTo(registry);
    Scrape s = scrape();
    long rss = Kernel.field("/proc/self/status", "VmRSS", 0) * 1024;
    assertEquals(rss, s.value("process_memory_rss_bytes"), 64 * MIB);
    assertEquals(Kernel.field("/proc/self/status", "Threads", 0), s.value("process_threads"), 4);
    assertEquals(Kernel.openFds(), s.value("process_files_open_files"), 4);
    assertEquals(softOpenFilesLimit(), s.value("process_files_max_files"));
    double voluntary = s.value("process_context_switches_total", "type", "voluntary");
    assertTrue(
        voluntary > 0
            && voluntary <= Kernel.field("/proc/self/status", "voluntary_ctxt_switches", 0));
  }

  @Test
  void containerMemoryIsTheCgroupsUsage() {
    Path usage = CgroupFiles.memory("memory.usage_in_bytes", "memory.current");
    assumeTrue(usage != null, "this JVM's memory cgroup is not readable here");
    new PsutilContainerMetrics().bindTo(registry);
    long before = Long.parseLong(Kernel.read(usage.toString()).trim());
    Scrape s = scrape();
    long after = Long.parseLong(Kernel.read(usage.toString()).trim());
    // a shared cgroup's usage moves with every process in it
    assertBetween(
        Math.min(before, after) - 64 * MIB,
        s.value("container_memory_usage_bytes"),
        Math.max(before, after) + 64 * MIB);
  }

  private static double softOpenFilesLimit() {
    for (String line : Kernel.lines("/proc/self/limits")) {
      if (line.startsWith("Max open files")) {
        String soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
        return soft.equals("unlimited") ? Double.POSITIVE_INFINITY : Double.parseDouble(soft);
      }
    }
    throw new AssertionError("no Max open files in /proc/self/limits");
  }

  private static void assertBetween(double low, double actual, double high) {
    assertTrue(
        low <= actual && actual <= high, actual + " is not within [" + low + ", " + high + "]");
  }
}

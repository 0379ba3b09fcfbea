package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.spi.Platform;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sources whose cost grows with the host, over this machine's kernel with no cache: smaps and
 * smaps_rollup, the task table, the socket tables, statvfs per mount and sysfs per NIC are each
 * read at most once per interval of their own, while the cheap attributes beside them are read at
 * every request.
 */
class CostlySourceIntervalsTest {
  private static final long INTERVAL_MILLIS = 1_500;

  private final Map<String, Integer> calls = new ConcurrentHashMap<>();
  private final MBeanServer server = MBeanServerFactory.newMBeanServer();
  private Registration registration;

  @BeforeEach
  void register() {
    Platform counting = CountingPlatform.countingProcesses(calls);
    ScaleOptions scale =
        ScaleOptions.defaults()
            .withFootprintIntervalMillis(INTERVAL_MILLIS)
            .withThreadsIntervalMillis(INTERVAL_MILLIS)
            .withSocketsIntervalMillis(INTERVAL_MILLIS)
            .withMountsIntervalMillis(INTERVAL_MILLIS)
            .withNicsIntervalMillis(INTERVAL_MILLIS);
    registration =
        PsutilMBeans.register(
            server,
            JmxConfig.of("cost", 0).withScale(scale),
            counting,
            Process.of(counting, counting.selfPid()),
            line -> {});
  }

  @AfterEach
  void unregister() {
    registration.close();
  }

  private int calls(String method) {
    return calls.getOrDefault(method, 0);
  }

  private ObjectName first(String type) throws Exception {
    Set<ObjectName> names = server.queryNames(new ObjectName("cost:type=" + type + ",*"), null);
    assertFalse(names.isEmpty(), "this host has no " + type + " MBean");
    return names.iterator().next();
  }

  /**
   * Reads {@code costly} twice within the interval and once after it, and {@code cheap} each time:
   * {@code kernelCall} (the costly source's) is made once, then once more; {@code cheapCall} each
   * time.
   */
  private void readAtMostOncePerInterval(
      ObjectName bean, String costly, String kernelCall, String cheap, String cheapCall)
      throws Exception {
    server.getAttribute(bean, costly);
    int costlyCalls = calls(kernelCall);
    int cheapCalls = calls(cheapCall);
    long readAt = System.nanoTime();
    server.getAttribute(bean, costly);
    server.getAttribute(bean, cheap);
    server.getAttribute(bean, cheap);
    long elapsedMillis = (System.nanoTime() - readAt) / 1_000_000;
    assertTrue(elapsedMillis < INTERVAL_MILLIS, "the reads took " + elapsedMillis + " ms");
    assertEquals(costlyCalls, calls(kernelCall), costly + " within its interval: " + calls);
    assertTrue(calls(cheapCall) >= cheapCalls + 2, cheap + " keeps no interval: " + calls);

    Thread.sleep(INTERVAL_MILLIS + 100);
    assertNotNull(server.getAttribute(bean, costly));
    assertTrue(calls(kernelCall) > costlyCalls, costly + " after its interval: " + calls);
  }

  @Test
  void ussReadsSmapsRollupOncePerFootprintIntervalAndNumFdsEachTime() throws Exception {
    readAtMostOncePerInterval(
        new ObjectName("cost:type=Process"),
        "Uss",
        "process.memoryFootprint",
        "NumFds",
        "process.numFds");
  }

  /** ProcessMemory has no cheap attribute: smaps is its only source. */
  @Test
  void processMemoryReadsSmapsOncePerFootprintInterval() throws Exception {
    ObjectName bean = new ObjectName("cost:type=ProcessMemory");
    assertNotNull(server.getAttribute(bean, "Rss"), "this JVM's smaps is readable");
    int smapsReads = calls("process.memoryMaps");
    long readAt = System.nanoTime();
    server.getAttribute(bean, "Rss");
    server.getAttributes(bean, new String[] {"Rss", "RssFileMappings"});
    long elapsedMillis = (System.nanoTime() - readAt) / 1_000_000;
    assertTrue(elapsedMillis < INTERVAL_MILLIS, "the reads took " + elapsedMillis + " ms");
    assertEquals(smapsReads, calls("process.memoryMaps"), "smaps within its interval: " + calls);

    Thread.sleep(INTERVAL_MILLIS + 100);
    assertNotNull(server.getAttribute(bean, "Rss"));
    assertEquals(smapsReads + 1, calls("process.memoryMaps"), "smaps after its interval: " + calls);
  }

  @Test
  void networkConnectionCountsDumpTheSocketTablesOncePerInterval() throws Exception {
    readAtMostOncePerInterval(
        new ObjectName("cost:type=Network"),
        "ConnectionsEstablished",
        "netConnectionsWithoutPids",
        "BytesRecv",
        "netIoCountersPernic");
  }

  @Test
  void gcCpuSecondsReadTheThreadsOncePerIntervalAndCountListsThemEachTime() throws Exception {
    readAtMostOncePerInterval(
        new ObjectName("cost:type=Threads"),
        "GcCpuSeconds",
        "taskCpuSeconds", // names are read once per thread, CPU times at every reading
        "Count",
        "taskIds");
  }

  @Test
  void theThreadsTableReadsTheTaskTableOncePerInterval() throws Exception {
    readAtMostOncePerInterval(
        new ObjectName("cost:type=Threads"), "Threads", "tasks", "Count", "taskIds");
  }

  @Test
  void fileSystemSizesCallStatvfsOncePerIntervalAndTheMountListEachTime() throws Exception {
    readAtMostOncePerInterval(
        first("FileSystem"), "Total", "diskUsage", "Mountpoint", "diskPartitions");
  }

  @Test
  void nicStateReadsSysfsOncePerIntervalAndTheCountersEachTime() throws Exception {
    readAtMostOncePerInterval(
        first("NetworkInterface"), "Mtu", "netIfStats", "BytesRecv", "netIoCountersPernic");
  }
}

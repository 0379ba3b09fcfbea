package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.CgroupPart;
import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.Notification;
import javax.management.ObjectName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Container MBean over a cgroup v2 fixture tree with no cache: an attribute reads only its own
 * part of the group (MemoryLimit no CPU, I/O or pressure file), a bulk read reads each part once,
 * and a listener that holds a notification holds up no other part's read.
 */
class ContainerTableTest {
  private static final Path FIXTURE =
      Paths.get("../core/src/test/resources/fixtures/cgroup-v2-docker");
  private static final int PID = 77;

  /** The parts a reading of each source asks the platform for. */
  private static final Map<Source<?>, List<Set<CgroupPart>>> PARTS = new IdentityHashMap<>();

  static {
    PARTS.put(ContainerTable.GROUP, List.of(EnumSet.noneOf(CgroupPart.class)));
    PARTS.put(ContainerTable.CPU, List.of(EnumSet.of(CgroupPart.CPU)));
    PARTS.put(ContainerTable.MEMORY, List.of(EnumSet.of(CgroupPart.MEMORY)));
    PARTS.put(ContainerTable.MEMORY_AND_RSS, List.of(EnumSet.of(CgroupPart.MEMORY)));
    PARTS.put(ContainerTable.PIDS, List.of(EnumSet.of(CgroupPart.PIDS)));
    PARTS.put(ContainerTable.IO, List.of(EnumSet.of(CgroupPart.IO)));
    PARTS.put(ContainerTable.PRESSURE, List.of(EnumSet.of(CgroupPart.PRESSURE)));
    PARTS.put(ContainerTable.OPEN_FILES, List.of());
    PARTS.put(Readings.AGE, List.of());
  }

  @TempDir Path root;

  private final List<Set<CgroupPart>> partsRead = new CopyOnWriteArrayList<>();
  private final Map<String, Integer> sourceReads = new ConcurrentHashMap<>();
  private final AtomicInteger rssReads = new AtomicInteger();
  private final AtomicInteger fdReads = new AtomicInteger();
  private final MBeanServer server = MBeanServerFactory.newMBeanServer();
  private LinuxPlatform platform;

  @BeforeEach
  void copyTheFixture() throws IOException {
    ContainerHeadroomTest.copyTree(FIXTURE, root);
    Files.createDirectories(root.resolve("proc/" + PID));
    Files.copy(root.resolve("proc/self/cgroup"), root.resolve("proc/" + PID + "/cgroup"));
    platform =
        LinuxPlatform.builder()
            .procRoot(root.resolve("proc"))
            .sysRoot(root.resolve("sys"))
            .constants(KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
  }

  /** The MBean over the fixture, counting what it reads; the start-up read is forgotten. */
  private ObjectName register(JmxConfig config, long openFiles, long openFilesLimit)
      throws Exception {
    Alerts alerts = new Alerts(new ObjectName("fx:type=Container"), Alerts.MEMORY_NEAR_LIMIT);
    Readings readings =
        ContainerReadings.readings(
            () ->
                parts -> {
                  partsRead.add(parts);
                  return platform.cgroup(PID, parts);
                },
            () -> {
              fdReads.incrementAndGet();
              return openFiles;
            },
            () -> openFilesLimit,
            () -> {
              rssReads.incrementAndGet();
              return 128L << 20;
            },
            config,
            alerts,
            Readings.cached(0).observedBy(s -> sourceReads.merge(s.name(), 1, Integer::sum)));
    ObjectName name = new ObjectName("fx:type=Container");
    server.registerMBean(
        new TableEmitterMBean(ContainerTable.TABLE, readings, alerts.broadcaster()), name);
    assertEquals(List.of(EnumSet.of(CgroupPart.MEMORY)), partsRead, "events start at a read");
    partsRead.clear();
    return name;
  }

  @Test
  void eachAttributeReadsOnlyItsOwnPartOfTheGroup() throws Exception {
    ObjectName name = register(JmxConfig.of("fx", 0), 10, 1000);
    for (Row<?> row : ContainerTable.TABLE.rows) {
      partsRead.clear();
      sourceReads.clear();
      rssReads.set(0);
      fdReads.set(0);

      server.getAttribute(name, row.name);

      List<Set<CgroupPart>> expected = PARTS.get(row.source);
      assertNotNull(expected, row.name + " reads a source this test does not know");
      assertEquals(expected, partsRead, row.name);
      Map<String, Integer> one =
          row.source == Readings.AGE ? Map.of() : Map.of(row.source.name(), 1);
      assertEquals(one, sourceReads, row.name);
      assertEquals(row.name.equals("ProcessRssPercent") ? 1 : 0, rssReads.get(), row.name);
      assertEquals(row.source == ContainerTable.OPEN_FILES ? 1 : 0, fdReads.get(), row.name);
    }
  }

  @Test
  void theValuesAreWhatTheFixtureFilesSay() throws Exception {
    ObjectName name = register(JmxConfig.of("fx", 0), 10, 1000);
    assertEquals("v2", server.getAttribute(name, "CgroupVersion"));
    assertEquals(536870912L, server.getAttribute(name, "MemoryLimit")); // memory.max
    assertEquals(0.5, server.getAttribute(name, "CpuLimit")); // cpu.max 50000 100000
    assertNull(server.getAttribute(name, "PidsLimit")); // pids.max max
    // io.stat: rbytes 48918528 of 259:0 and 40960 of 253:0
    assertEquals(48918528L + 40960L, server.getAttribute(name, "IoReadBytes"));
    assertEquals(25.0, server.getAttribute(name, "ProcessRssPercent")); // 128 MiB of 512 MiB
  }

  @Test
  void everyAttributeAtOnceReadsEachPartOnce() throws Exception {
    ObjectName name = register(JmxConfig.of("fx", 0), 10, 1000);
    String[] all = ContainerTable.TABLE.rows.stream().map(r -> r.name).toArray(String[]::new);

    assertEquals(all.length, server.getAttributes(name, all).size());

    // the memory part is read once, with the JVM's RSS, and serves every memory attribute
    List<Set<CgroupPart>> expected = new ArrayList<>();
    expected.add(EnumSet.noneOf(CgroupPart.class));
    for (CgroupPart part : CgroupPart.values()) {
      expected.add(EnumSet.of(part));
    }
    assertEquals(Set.copyOf(expected), Set.copyOf(partsRead), partsRead.toString());
    assertEquals(expected.size(), partsRead.size(), partsRead.toString());
    assertEquals(1, rssReads.get());
    assertEquals(1, fdReads.get());
    assertNull(sourceReads.get(ContainerTable.MEMORY.name()), sourceReads.toString());
    assertEquals(1, sourceReads.get(ContainerTable.MEMORY_AND_RSS.name()), sourceReads.toString());
  }

  /**
   * A listener stuck on the memory alert (sent from the memory part's refresh) does not hold up the
   * open-files check of the same MBean: notifications are sent after the alerts' lock is released.
   */
  @Test
  void aListenerHoldingANotificationHoldsUpNoOtherPartsRead() throws Exception {
    // the fixture's usage is 27 % of its limit: over a 20 % threshold at the first read
    JmxConfig config = JmxConfig.of("fx", 0).withThresholds(20, 0.5, 40).withOpenFilesThreshold(80);
    Alerts alerts =
        new Alerts(
            new ObjectName("fx:type=Container"),
            Alerts.MEMORY_NEAR_LIMIT,
            Alerts.OPEN_FILES_NEAR_LIMIT);
    Readings readings =
        ContainerReadings.readings(
            () -> parts -> platform.cgroup(PID, parts),
            () -> 900L,
            () -> 1000L,
            () -> null,
            config,
            alerts,
            Readings.cached(0));
    ObjectName name = new ObjectName("fx:type=Container");
    server.registerMBean(
        new TableEmitterMBean(ContainerTable.TABLE, readings, alerts.broadcaster()), name);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch holding = new CountDownLatch(1);
    List<String> received = new CopyOnWriteArrayList<>();
    server.addNotificationListener(
        name,
        (Notification n, Object handback) -> {
          received.add(n.getType());
          if (n.getType().equals(Alerts.MEMORY_NEAR_LIMIT)) {
            holding.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        },
        null,
        null);
    try {
      CompletableFuture<Object> memory =
          CompletableFuture.supplyAsync(() -> attribute(name, "MemoryUsagePercent"));
      assertTrue(holding.await(10, TimeUnit.SECONDS), "the memory alert was not sent");

      long start = System.nanoTime();
      assertEquals(900L, server.getAttribute(name, "OpenFiles"));
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertTrue(millis < 1000, "OpenFiles took " + millis + " ms behind a held listener");
      assertTrue(received.contains(Alerts.OPEN_FILES_NEAR_LIMIT), received.toString());
      release.countDown();
      memory.get(10, TimeUnit.SECONDS); // served once the listener lets go
    } finally {
      release.countDown();
    }
  }

  private Object attribute(ObjectName name, String attribute) {
    try {
      return server.getAttribute(name, attribute);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

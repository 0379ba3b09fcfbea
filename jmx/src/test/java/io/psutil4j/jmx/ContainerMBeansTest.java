package io.psutil4j.jmx;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupMemory;
import io.psutil4j.Platforms;
import io.psutil4j.live.CgroupSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.Notification;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The Container and Pressure MBeans in a real MBeanServer: live cgroup limits, PSI, alerts. */
class ContainerMBeansTest {
  private static final long MEMORY_LIMIT = 128L * 1024 * 1024;

  @Test
  void aLimitedGroupMadeHereShowsItsLimitsAndThrottlingAndNotifiesOnce() throws Exception {
    String[] why = new String[1];
    CgroupSandbox box =
        CgroupSandbox.create("psutil4j-jmx-live-" + ProcessHandle.current().pid(), why);
    assumeTrue(box != null, () -> "cannot make a cgroup on this host: " + why[0]);
    Process burner = null;
    try {
      box.limitMemory(MEMORY_LIMIT);
      box.limitCpu(20_000, 100_000);
      burner = new ProcessBuilder("sh", "-c", "while :; do :; done").start();
      box.move(burner.pid());
      int pid = (int) burner.pid();
      MBeanServer server = MBeanServerFactory.newMBeanServer();
      ObjectName name = new ObjectName("test.psutil4j:type=Container");
      JmxConfig config = JmxConfig.of("test.psutil4j", 0).withThresholds(90, 0.5, 40);
      server.registerMBean(
          PsutilMBeans.containerBean(
              name,
              config,
              () -> parts -> Platforms.current().cgroup(pid, parts),
              () -> 1L,
              () -> null,
              () -> null),
          name);
      List<Notification> received = new CopyOnWriteArrayList<>();
      server.addNotificationListener(name, (n, handback) -> received.add(n), null, null);
      // JConsole's Notifications tab lists what MBeanInfo declares
      javax.management.MBeanNotificationInfo[] declared =
          server.getMBeanInfo(name).getNotifications();
      assertTrue(
          java.util.Arrays.stream(declared)
              .anyMatch(
                  i -> java.util.Arrays.asList(i.getNotifTypes()).contains(Alerts.CPU_THROTTLED)),
          () -> java.util.Arrays.toString(declared));

      assertEquals(MEMORY_LIMIT, server.getAttribute(name, "MemoryLimit"));
      assertEquals(0.2, server.getAttribute(name, "CpuLimit"));
      assertEquals(0.2, server.getAttribute(name, "EffectiveCpus"));
      assertEquals(20_000L, server.getAttribute(name, "CpuQuota"));
      String version = (String) server.getAttribute(name, "CgroupVersion");
      assertTrue(
          box.v2() ? version.equals("v2") : version.equals("v1") || version.equals("hybrid"),
          version);
      // a busy loop at a fifth of a CPU is throttled in (nearly) every period: the ratio between
      // two reads crosses 0.5 and the alert fires once, not on every read while it stays high
      await()
          .atMost(Duration.ofSeconds(10))
          .pollInterval(Duration.ofMillis(300))
          .untilAsserted(
              () -> {
                Object ratio = server.getAttribute(name, "CpuThrottledRatio");
                assertTrue(ratio != null && (Double) ratio >= 0.5, "ratio " + ratio);
              });
      assertTrue((Long) server.getAttribute(name, "CpuThrottledPeriods") > 0);
      assertTrue((Double) server.getAttribute(name, "CpuThrottledTime") > 0);
      Thread.sleep(400);
      server.getAttribute(name, "CpuThrottledRatio");
      assertEquals(1, countOf(received, Alerts.CPU_THROTTLED), "notifications: " + received);
      Notification n = received.get(0);
      assertEquals(name, n.getSource());
      assertTrue((Double) n.getUserData() >= 0.5);
    } finally {
      if (burner != null) {
        burner.destroyForcibly();
        burner.waitFor(10, TimeUnit.SECONDS);
      }
      box.close();
    }
  }

  @Test
  void readingAgeIsTheGroupReadingsAgeAndReadsNothing() throws Exception {
    AtomicInteger reads = new AtomicInteger();
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName name = new ObjectName("test.psutil4j:type=Container");
    server.registerMBean(
        PsutilMBeans.containerBean(
            name,
            JmxConfig.of("test.psutil4j", 60_000),
            () ->
                parts -> {
                  reads.incrementAndGet();
                  return CgroupInfo.of("v2", null, null, null, null, null, null, null);
                },
            () -> 10L,
            () -> 1000L,
            () -> null),
        name);
    int atStart = reads.get(); // the OOM and limit events are counted from a first read
    assertNull(server.getAttribute(name, "ReadingAgeSeconds"), "before any read");
    long asked = System.nanoTime();
    assertEquals("v2", server.getAttribute(name, "CgroupVersion"));
    Thread.sleep(300);

    double age = (Double) server.getAttribute(name, "ReadingAgeSeconds");
    double sinceAsked = (System.nanoTime() - asked) / 1e9;
    assertTrue(age >= 0.3 && age <= sinceAsked, age + " s, asked " + sinceAsked + " s ago");
    assertEquals(atStart + 1, reads.get(), "one read of the group, none for the age");
  }

  @Test
  void memoryNearTheLimitNotifiesOnceAndRearmsWhenItFalls() throws Exception {
    AtomicReference<Long> usage = new AtomicReference<>(50L);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName name = new ObjectName("test.psutil4j:type=Container");
    JmxConfig config = JmxConfig.of("test.psutil4j", 0).withThresholds(90, 0.25, 40);
    server.registerMBean(
        PsutilMBeans.containerBean(
            name,
            config,
            () ->
                parts ->
                    CgroupInfo.of(
                        "v2",
                        null,
                        CgroupCpu.of(Map.of()),
                        CgroupMemory.of(
                            Map.of(CgroupMemory.MAX, 100L, CgroupMemory.CURRENT, usage.get())),
                        null,
                        null,
                        null,
                        null),
            () -> 10L,
            () -> 1000L,
            () -> null),
        name);
    List<Notification> received = new CopyOnWriteArrayList<>();
    server.addNotificationListener(name, (n, handback) -> received.add(n), null, null);
    long[] steps = {50, 95, 97, 60, 91};
    int[] expected = {0, 1, 1, 1, 2};
    for (int i = 0; i < steps.length; i++) {
      usage.set(steps[i]);
      assertEquals((double) steps[i], server.getAttribute(name, "MemoryUsagePercent"));
      assertEquals(expected[i], countOf(received, Alerts.MEMORY_NEAR_LIMIT), "at " + steps[i]);
    }
    assertNull(server.getAttribute(name, "CpuLimit"), "no quota is null, not a sentinel");
    assertNull(server.getAttribute(name, "CpuThrottledRatio"));
  }

  @Test
  void hostPressureIsWhatProcPressureSays() throws Exception {
    Path cpu = Paths.get("/proc/pressure/cpu");
    assumeTrue(Files.isReadable(cpu), "this kernel has no PSI (/proc/pressure, 4.20+)");
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration registration = PsutilMBeans.register(server, JmxConfig.of("test.psutil4j", 0));
    try {
      ObjectName name = new ObjectName("test.psutil4j:type=Pressure");
      for (String resource : new String[] {"cpu", "memory", "io"}) {
        long before = someTotal(Paths.get("/proc/pressure", resource));
        String attr = Character.toUpperCase(resource.charAt(0)) + resource.substring(1);
        double seconds = (Double) server.getAttribute(name, attr + "SomeTotal");
        long after = someTotal(Paths.get("/proc/pressure", resource));
        assertTrue(
            before / 1e6 <= seconds + 1e-6 && seconds <= after / 1e6 + 1e-6,
            resource + ": " + before + " <= " + seconds + " s <= " + after + " us");
        double avg10 = (Double) server.getAttribute(name, attr + "SomeAvg10");
        assertTrue(avg10 >= 0 && avg10 <= 100, resource + " avg10 " + avg10);
      }
    } finally {
      registration.close();
    }
  }

  @Test
  void badThresholdsAreRefusedNamingTheValue() {
    JmxConfig d = JmxConfig.defaults();
    assertEquals(90.0, d.memoryNearLimitPercent());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> d.withThresholds(150, 0.25, 40));
    assertTrue(e.getMessage().contains("150"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> d.withThresholds(90, 2, 40));
    assertTrue(e.getMessage().contains("2.0"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> d.withThresholds(90, 0.25, Double.NaN));
    assertTrue(e.getMessage().contains("NaN"), e.getMessage());
  }

  private static long someTotal(Path file) throws Exception {
    String some = CgroupSandbox.read(file).split("\n")[0];
    return Long.parseLong(some.substring(some.indexOf("total=") + 6).trim());
  }

  private static long countOf(List<Notification> received, String type) {
    return received.stream().filter(n -> n.getType().equals(type)).count();
  }

  @Test
  void openFilesNearRlimitNofileNotifiesOnce() throws Exception {
    AtomicReference<Long> open = new AtomicReference<>(100L);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName name = new ObjectName("test.psutil4j:type=Container");
    JmxConfig config = JmxConfig.of("test.psutil4j", 0).withOpenFilesThreshold(80);
    server.registerMBean(
        PsutilMBeans.containerBean(
            name,
            config,
            () -> parts -> CgroupInfo.of("v2", null, null, null, null, null, null, null),
            open::get,
            () -> 1000L,
            () -> null),
        name);
    List<Notification> received = new CopyOnWriteArrayList<>();
    server.addNotificationListener(name, (n, handback) -> received.add(n), null, null);
    for (long fds : new long[] {100, 850, 900, 100, 800}) {
      open.set(fds);
      assertEquals(fds, server.getAttribute(name, "OpenFiles"));
    }
    assertEquals(2, countOf(received, Alerts.OPEN_FILES_NEAR_LIMIT), received.toString());
    assertEquals(1000L, server.getAttribute(name, "OpenFilesLimit"));
  }

  @Test
  void theRegisteredContainerMBeanCountsThisJvmsOpenFilesAndItsRlimit() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration registration = PsutilMBeans.register(server, JmxConfig.of("test.psutil4j", 0));
    try {
      ObjectName name = new ObjectName("test.psutil4j:type=Container");
      long before = countFds();
      long ours = (Long) server.getAttribute(name, "OpenFiles");
      long after = countFds();
      // the JVM opens and closes descriptors of its own meanwhile (class loading, this count)
      assertTrue(
          ours >= Math.min(before, after) - 5 && ours <= Math.max(before, after) + 5,
          before + " <= " + ours + " <= " + after);
      String soft = null;
      for (String line : Files.readAllLines(Paths.get("/proc/self/limits"))) {
        if (line.startsWith("Max open files")) {
          soft = line.substring("Max open files".length()).trim().split("\\s+")[0];
        }
      }
      Object limit = server.getAttribute(name, "OpenFilesLimit");
      assertEquals(soft.equals("unlimited") ? null : Long.valueOf(soft), limit);
    } finally {
      registration.close();
    }
  }

  private static long countFds() throws Exception {
    try (Stream<Path> fds = Files.list(Paths.get("/proc/self/fd"))) {
      return fds.count();
    }
  }
}

package io.psutil4j.jfr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.jmx.Registration;
import io.psutil4j.live.CgroupFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events in a real in-process recording over the real MBeans: each field against what the
 * kernel says, read here directly.
 */
@SuppressWarnings("try") // the events must be registered for the whole block, unreferenced
class PsutilEventsTest {
  private static final String[] EVENTS = {
    "psutil4j.Pressure",
    "psutil4j.CgroupCpu",
    "psutil4j.CgroupMemory",
    "psutil4j.MemoryFootprint",
    "psutil4j.NativeHeap",
    "psutil4j.NativeThreadCpu"
  };

  @TempDir Path dir;
  private MBeanServer server;
  private Registration mbeans;

  @BeforeEach
  void mbeans() {
    server = MBeanServerFactory.newMBeanServer();
    // the agent's default: one reading serves every attribute of a period
    mbeans =
        PsutilMBeans.register(server, JmxConfig.of("psutil4j", JmxConfig.DEFAULT_CACHE_MILLIS));
  }

  @AfterEach
  void unregister() {
    mbeans.close();
  }

  /** A recording of {@code length}, longer if need be until {@code enough} (at most 20 s). */
  private List<RecordedEvent> record(Duration length, Predicate<List<RecordedEvent>> enough)
      throws Exception {
    Path file = dir.resolve("events.jfr");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    try (Recording r = new Recording()) {
      for (String name : EVENTS) {
        r.enable(name).withPeriod(Duration.ofMillis(200));
      }
      r.start();
      Thread.sleep(length.toMillis());
      // a loaded host runs the periodic hooks late: look again until the events are there
      while (!enough.test(dump(r, file)) && System.nanoTime() < deadline) {
        Thread.sleep(500);
      }
      r.stop();
      return dump(r, file);
    }
  }

  private static List<RecordedEvent> dump(Recording r, Path file) throws IOException {
    r.dump(file);
    return RecordingFile.readAllEvents(file);
  }

  /** Every event type of {@code names} is in {@code events}. */
  private static Predicate<List<RecordedEvent>> all(String... names) {
    return events -> Stream.of(names).allMatch(n -> !of(events, n).isEmpty());
  }

  private static List<RecordedEvent> of(List<RecordedEvent> events, String name) {
    return events.stream()
        .filter(e -> e.getEventType().getName().equals(name))
        .collect(Collectors.toList());
  }

  @Test
  void eventsCarryWhatTheKernelSays() throws Exception {
    CountDownLatch spun = new CountDownLatch(1);
    Thread probe = new Thread(() -> spinThenSleep(spun), "psutil4j-jfr-probe-thread");
    probe.setDaemon(true);
    probe.start();
    spun.await();
    long cpuSomeBefore = pressureTotalMicros("cpu", "some");
    List<RecordedEvent> events;
    try (PsutilEvents registered = PsutilEvents.register(server, "psutil4j")) {
      events = record(Duration.ofMillis(1500), all(EVENTS));
    }
    long cpuSomeAfter = pressureTotalMicros("cpu", "some");

    RecordedEvent cpu =
        of(events, "psutil4j.Pressure").stream()
            .filter(e -> "cpu".equals(e.getString("resource")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cpu pressure event: " + events));
    long total = cpu.getDuration("someTotal").toNanos() / 1000;
    assertTrue(
        cpuSomeBefore <= total && total <= cpuSomeAfter,
        total + " µs not within " + cpuSomeBefore + ".." + cpuSomeAfter);
    double avg10 = cpu.getDouble("someAvg10");
    assertTrue(avg10 >= 0 && avg10 <= 1, "a fraction, not a percent: " + avg10);

    RecordedEvent footprint = of(events, "psutil4j.MemoryFootprint").get(0);
    long rss = statusKb("VmRSS") * 1024;
    long uss = footprint.getLong("uss");
    assertTrue(uss > 0 && uss <= rss + 64L * 1024 * 1024, "uss " + uss + " rss " + rss);
    assertTrue(footprint.getLong("pss") >= uss - 1024 * 1024, footprint.toString());

    if (Runtime.version().feature() < 24) { // before JEP 472, JNA loads silently
      assertTrue(of(events, "psutil4j.NativeHeap").get(0).getLong("heapUsed") > 0);
    }

    RecordedEvent thread =
        of(events, "psutil4j.NativeThreadCpu").stream()
            .filter(e -> "psutil4j-jfr-probe-thread".equals(e.getString("javaThreadName")))
            .reduce((first, later) -> later)
            .orElseThrow(() -> new AssertionError("the probe thread has no event"));
    long tid = thread.getLong("tid");
    assertEquals("psutil4j-jfr-pr", thread.getString("name"));
    assertEquals(
        "psutil4j-jfr-pr", Files.readString(Paths.get("/proc/self/task/" + tid + "/comm")).trim());
    Duration cpuTime = thread.getDuration("userTime").plus(thread.getDuration("systemTime"));
    assertTrue(
        cpuTime.toMillis() >= 190, "the probe used 200 ms of CPU, the event says " + cpuTime);
  }

  @Test
  void theCgroupEventsMatchTheCgroupFiles() throws Exception {
    Path usage = CgroupFiles.memory("memory.usage_in_bytes", "memory.current");
    assumeTrue(usage != null, "no readable memory cgroup");
    long before = Long.parseLong(Files.readString(usage).trim());
    List<RecordedEvent> events;
    try (PsutilEvents registered = PsutilEvents.register(server, "psutil4j")) {
      events = record(Duration.ofMillis(500), all("psutil4j.CgroupMemory", "psutil4j.CgroupCpu"));
    }
    long after = Long.parseLong(Files.readString(usage).trim());
    long recorded = of(events, "psutil4j.CgroupMemory").get(0).getLong("usage");
    long slack = 64L * 1024 * 1024; // a shared cgroup's usage moves with every process in it
    assertTrue(
        Math.min(before, after) - slack <= recorded && recorded <= Math.max(before, after) + slack,
        recorded + " against " + before + ".." + after);
    assertFalse(of(events, "psutil4j.CgroupCpu").isEmpty());
  }

  @Test
  void closedEventsAreNoLongerEmitted() throws Exception {
    PsutilEvents registered = PsutilEvents.register(server, "psutil4j");
    List<RecordedEvent> before = record(Duration.ofMillis(500), all("psutil4j.Pressure"));
    assertFalse(of(before, "psutil4j.Pressure").isEmpty(), "no events while registered");
    registered.close();
    assertEquals(
        List.of(),
        record(Duration.ofMillis(1000), none -> true).stream()
            .filter(e -> e.getEventType().getName().startsWith("psutil4j."))
            .collect(Collectors.toList()));
  }

  @Test
  void aMissingMBeanGivesNoEventAndNoError() throws Exception {
    mbeans.close();
    try (PsutilEvents registered = PsutilEvents.register(server, "psutil4j")) {
      List<RecordedEvent> events = record(Duration.ofMillis(1000), none -> true);
      assertTrue(
          events.stream().noneMatch(e -> e.getEventType().getName().startsWith("psutil4j.")));
    }
  }

  @Test
  void aBadDomainIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PsutilEvents.register(server, "a:b"));
    assertTrue(e.getMessage().contains("'a:b'"), e.getMessage());
  }

  /** Uses 200 ms of CPU (however long that takes on a loaded host), then sleeps. */
  private static void spinThenSleep(CountDownLatch spun) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long x = 0;
    while (mx.getCurrentThreadCpuTime() < 200_000_000L) {
      x += System.identityHashCode(new Object());
    }
    spun.countDown();
    try {
      Thread.sleep(60_000 + (x & 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long pressureTotalMicros(String resource, String line) throws IOException {
    for (String l : Files.readAllLines(Paths.get("/proc/pressure/" + resource))) {
      if (l.startsWith(line + " ")) {
        return Long.parseLong(l.substring(l.indexOf("total=") + "total=".length()).trim());
      }
    }
    throw new AssertionError("no " + line + " line in /proc/pressure/" + resource);
  }

  private static long statusKb(String key) throws IOException {
    for (String l : Files.readAllLines(Paths.get("/proc/self/status"))) {
      if (l.startsWith(key + ":")) {
        return Long.parseLong(l.split("\\s+")[1]);
      }
    }
    throw new AssertionError("no " + key + " in /proc/self/status");
  }
}

package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.LinuxPlatform;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import javax.management.openmbean.TabularType;
import org.junit.jupiter.api.Test;

/** The Threads table against /proc/self/task and the Java threads this test starts. */
class ThreadsMBeanTest {
  private static Thread parked(String name, CountDownLatch stop) {
    Thread t =
        new Thread(
            () -> {
              try {
                stop.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            name);
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static CompositeData row(TabularData table, Thread t) {
    for (Object o : table.values()) {
      CompositeData row = (CompositeData) o;
      if (t.getName().equals(row.get("JavaThreadName"))) {
        return row;
      }
    }
    return null;
  }

  @Test
  void everyNativeThreadIsARowAndJavaThreadsAreMatchedOnlyWhenUnambiguous() throws Exception {
    CountDownLatch stop = new CountDownLatch(1);
    Thread unique = parked("psutil4j-unique-worker-with-a-long-name", stop);
    Thread twinA = parked("psutil4j-twin-worker-A", stop);
    Thread twinB = parked("psutil4j-twin-worker-B", stop);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("thr", 0));
    try {
      ObjectName name = new ObjectName("thr:type=Threads");
      MBeanAttributeInfo threads = server.getMBeanInfo(name).getAttributes()[0];
      assertTrue(threads.getDescriptor().getFieldValue("openType") instanceof TabularType);
      long before;
      try (Stream<?> s = Files.list(Paths.get("/proc/self/task"))) {
        before = s.count();
      }
      TabularData table = (TabularData) server.getAttribute(name, "Threads");
      long after;
      try (Stream<?> s = Files.list(Paths.get("/proc/self/task"))) {
        after = s.count();
      }
      assertTrue(
          table.size() >= Math.min(before, after) - 3
              && table.size() <= Math.max(before, after) + 3,
          table.size() + " rows vs /proc/self/task " + before + ".." + after);

      CompositeData u = row(table, unique);
      assertNotNull(u, "the unique thread is matched by its 15-byte comm");
      assertEquals(unique.getId(), u.get("JavaThreadId"));
      assertEquals("psutil4j-unique", u.get("Name"));
      int tid = (Integer) u.get("Tid");
      assertTrue(Files.isDirectory(Paths.get("/proc/self/task/" + tid)));
      String comm =
          new String(
                  Files.readAllBytes(Paths.get("/proc/self/task/" + tid + "/comm")),
                  java.nio.charset.StandardCharsets.UTF_8)
              .trim();
      assertEquals(comm, u.get("Name"));
      assertTrue((Long) u.get("CtxSwitchesVoluntary") >= 1, "a parked thread has waited");

      // both twins give the comm "psutil4j-twin-w": ambiguous, so neither is matched
      assertNull(row(table, twinA));
      assertNull(row(table, twinB));
      long twinRows =
          table.values().stream()
              .filter(o -> "psutil4j-twin-w".equals(((CompositeData) o).get("Name")))
              .count();
      assertEquals(2, twinRows);

      System.gc();
      assertTrue((Double) server.getAttribute(name, "GcCpuSeconds") >= 0);
      assertTrue((Double) server.getAttribute(name, "JitCpuSeconds") > 0, "the JIT has run");
    } finally {
      stop.countDown();
      r.close();
    }
  }

  @Test
  void countAndCpuSumsNeverBuildTheTableAndTheAgeReadsNothing() throws Exception {
    Map<String, Integer> reads = new ConcurrentHashMap<>();
    LinuxPlatform live = LinuxPlatform.live();
    int pid = live.selfPid();
    TableMBean threads =
        new TableMBean(
            ThreadsTable.TABLE,
            ThreadsTable.readings(
                () -> live.tasks(pid),
                PsutilMBeans.taskList(live, pid),
                100,
                0,
                Readings.cached(0).observedBy(s -> reads.merge(s.name(), 1, Integer::sum))));
    assertNull(threads.getAttribute("ReadingAgeSeconds"), "before any read");

    long count = (Integer) threads.getAttribute("Count");
    threads.getAttributes(new String[] {"Count", "GcCpuSeconds", "JitCpuSeconds"});

    assertTrue(count >= Thread.activeCount(), count + " native, " + Thread.activeCount());
    assertEquals(
        Map.of(ThreadsTable.COUNT.name(), 2, ThreadsTable.CPU_SUMS.name(), 1),
        reads,
        "the table's source is never read for the cheap attributes");
    reads.clear();
    double age = (Double) threads.getAttribute("ReadingAgeSeconds");
    assertTrue(age >= 0 && age < 60, "age " + age);
    assertTrue(reads.isEmpty(), String.valueOf(reads));
  }

  @Test
  void commIsTheFirst15Utf8BytesWithoutACutCharacter() {
    assertEquals("short", NativeThreadTable.comm("short"));
    assertEquals("C2 CompilerThre", NativeThreadTable.comm("C2 CompilerThread0"));
    // 14 ASCII bytes then a 2-byte character: the kernel cut it in half; we drop the half
    assertEquals("abcdefghijklmn", NativeThreadTable.comm("abcdefghijklmn\u00e9xyz"));
  }
}

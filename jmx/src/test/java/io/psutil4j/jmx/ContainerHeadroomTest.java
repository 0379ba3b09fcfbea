package io.psutil4j.jmx;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.Platforms;
import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import io.psutil4j.live.CgroupSandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.Notification;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Container MBean's headroom: working set as kubelet computes it, memory left, this JVM's RSS
 * against the limit, OOM and limit events since start with a notification at each rise. Values
 * expected here are worked out by hand from the fixture files (see the comments).
 */
class ContainerHeadroomTest {
  private static final Path FIXTURES = Paths.get("../core/src/test/resources/fixtures");
  private static final int PID = 77;

  private final MBeanServer server = MBeanServerFactory.newMBeanServer();
  private final List<Notification> received = new CopyOnWriteArrayList<>();
  private final AtomicReference<Long> rss = new AtomicReference<>();

  @Test
  void cgroupV2WorkingSetHeadroomAndEventsSinceStart(@TempDir Path root) throws Exception {
    ObjectName name = register(root, "cgroup-v2-docker");
    // memory.current 146771968 - memory.stat inactive_file 3121152
    assertEquals(143650816L, server.getAttribute(name, "MemoryWorkingSet"));
    // memory.max 536870912 - working set
    assertEquals(393220096L, server.getAttribute(name, "MemoryAvailable"));
    assertEquals(
        100.0 * 143650816 / 536870912,
        (Double) server.getAttribute(name, "MemoryWorkingSetPercent"));
    assertEquals(25.0, server.getAttribute(name, "ProcessRssPercent")); // 128 MiB of 512 MiB
    // memory.events: oom 2, oom_kill 1, max 57 before start: none since
    assertEquals(0L, server.getAttribute(name, "OomEventsSinceStart"));
    assertEquals(0L, server.getAttribute(name, "OomKillsSinceStart"));
    assertEquals(0L, server.getAttribute(name, "MemoryMaxEventsSinceStart"));
    assertEquals(List.of(), received);

    Path events = root.resolve("sys/fs/cgroup/memory.events");
    write(events, "low 0\nhigh 0\nmax 60\noom 3\noom_kill 2\noom_group_kill 0\n");
    assertEquals(1L, server.getAttribute(name, "OomEventsSinceStart"));
    assertEquals(1L, server.getAttribute(name, "OomKillsSinceStart"));
    assertEquals(3L, server.getAttribute(name, "MemoryMaxEventsSinceStart"));
    assertEquals(
        List.of(Alerts.MEMORY_OOM, Alerts.MEMORY_OOM_KILL, Alerts.MEMORY_MAX), types(received));
    assertEquals(3L, received.get(2).getUserData(), "user data: the count since start");

    // no rise, no notification; another kill, another one
    server.getAttribute(name, "OomKillsSinceStart");
    assertEquals(3, received.size(), received::toString);
    write(events, "low 0\nhigh 0\nmax 60\noom 3\noom_kill 3\noom_group_kill 0\n");
    assertEquals(2L, server.getAttribute(name, "OomKillsSinceStart"));
    assertEquals(4, received.size(), received::toString);
    assertEquals(Alerts.MEMORY_OOM_KILL, received.get(3).getType());
    assertEquals(name, received.get(3).getSource());
  }

  @Test
  void cgroupV1TakesTotalInactiveFileFailcntAndOomControl(@TempDir Path root) throws Exception {
    ObjectName name = register(root, "cgroup-v1-docker");
    // memory.usage_in_bytes 119631872 - memory.stat total_inactive_file 5406720
    assertEquals(114225152L, server.getAttribute(name, "MemoryWorkingSet"));
    // memory.limit_in_bytes 1073741824 - working set
    assertEquals(959516672L, server.getAttribute(name, "MemoryAvailable"));
    assertEquals(12.5, server.getAttribute(name, "ProcessRssPercent")); // 128 MiB of 1 GiB
    assertNull(server.getAttribute(name, "OomEventsSinceStart"), "v1 has no oom counter");
    assertEquals(0L, server.getAttribute(name, "OomKillsSinceStart"));

    Path memory = root.resolve("sys/fs/cgroup/memory");
    write(memory.resolve("memory.failcnt"), "5\n"); // was 3
    write(memory.resolve("memory.oom_control"), "oom_kill_disable 0\nunder_oom 0\noom_kill 2\n");
    assertEquals(2L, server.getAttribute(name, "MemoryMaxEventsSinceStart"));
    assertEquals(1L, server.getAttribute(name, "OomKillsSinceStart"));
    assertEquals(List.of(Alerts.MEMORY_OOM_KILL, Alerts.MEMORY_MAX), types(received));
  }

  @Test
  void withoutALimitThereIsNoHeadroomButAWorkingSet(@TempDir Path root) throws Exception {
    copyTree(FIXTURES.resolve("cgroup-v2-docker"), root);
    write(root.resolve("sys/fs/cgroup/memory.max"), "max\n");
    ObjectName name = registerCopied(root);
    assertEquals(143650816L, server.getAttribute(name, "MemoryWorkingSet"));
    assertNull(server.getAttribute(name, "MemoryAvailable"));
    assertNull(server.getAttribute(name, "MemoryWorkingSetPercent"));
    assertNull(server.getAttribute(name, "ProcessRssPercent"));
  }

  /**
   * A real OOM kill: a child in a 64 MiB group touches 256 MiB and the kernel kills it; the
   * counters since start and the notification follow the group's own memory.events. The RSS share
   * is the sleeper's, the process the bean is told is "this JVM".
   */
  @Test
  void aRealOomKillInASandboxIsCountedAndNotified() throws Exception {
    String[] why = new String[1];
    CgroupSandbox box =
        CgroupSandbox.create("psutil4j-headroom-" + ProcessHandle.current().pid(), why);
    assumeTrue(box != null, () -> "cannot make a cgroup on this host: " + why[0]);
    java.lang.Process hog = null;
    // the group is read through a sleeper that outlives the hog
    java.lang.Process sleeper = new ProcessBuilder("sleep", "60").start();
    try {
      box.limitMemory(64L << 20);
      hog =
          new ProcessBuilder(
                  "python3",
                  "-c",
                  "import sys; sys.stdin.readline(); b = b'x' * (256 << 20); print(len(b))")
              .redirectErrorStream(true)
              .start();
      int pid = (int) sleeper.pid();
      box.move(pid);
      box.move(hog.pid());
      ObjectName name = new ObjectName("live:type=Container");
      // one reading serves the reads of a second, so the figures below are of one refresh
      JmxConfig config = JmxConfig.of("live", 1000);
      server.registerMBean(
          PsutilMBeans.containerBean(
              name,
              config,
              () -> parts -> Platforms.current().cgroup(pid, parts),
              () -> 1L,
              () -> null,
              () -> io.psutil4j.Process.of(pid).memoryInfo().rss()),
          name);
      server.addNotificationListener(name, (n, handback) -> received.add(n), null, null);
      assertEquals(0L, server.getAttribute(name, "OomKillsSinceStart"));
      long limit = (Long) server.getAttribute(name, "MemoryLimit");
      long workingSet = (Long) server.getAttribute(name, "MemoryWorkingSet");
      assertTrue(workingSet <= (Long) server.getAttribute(name, "MemoryUsage"));
      assertEquals(limit - workingSet, (long) (Long) server.getAttribute(name, "MemoryAvailable"));
      double rssShare = (Double) server.getAttribute(name, "ProcessRssPercent");
      assertTrue(rssShare > 0 && rssShare < 100, "a sleeper's RSS of 64 MiB: " + rssShare);

      hog.getOutputStream().write('\n');
      hog.getOutputStream().flush();
      assertTrue(hog.waitFor(30, TimeUnit.SECONDS), "the hog ran past its limit");
      assertEquals(137, hog.exitValue(), "SIGKILL by the OOM killer");
      await()
          .atMost(Duration.ofSeconds(5))
          .untilAsserted(() -> assertEquals(1L, server.getAttribute(name, "OomKillsSinceStart")));
      assertTrue((Long) server.getAttribute(name, "MemoryMaxEventsSinceStart") > 0);
      assertTrue(types(received).contains(Alerts.MEMORY_OOM_KILL), received::toString);
    } finally {
      for (java.lang.Process p : new java.lang.Process[] {hog, sleeper}) {
        if (p != null) {
          p.destroyForcibly();
          p.waitFor(10, TimeUnit.SECONDS);
        }
      }
      box.close();
    }
  }

  private ObjectName register(Path root, String fixture) throws Exception {
    copyTree(FIXTURES.resolve(fixture), root);
    return registerCopied(root);
  }

  /** The Container MBean over the tree in {@code root}, as pid 77, with an RSS of 128 MiB. */
  private ObjectName registerCopied(Path root) throws Exception {
    Path pidDir = root.resolve("proc/" + PID);
    Files.createDirectories(pidDir);
    Files.copy(root.resolve("proc/self/cgroup"), pidDir.resolve("cgroup"));
    LinuxPlatform platform =
        LinuxPlatform.builder()
            .procRoot(root.resolve("proc"))
            .sysRoot(root.resolve("sys"))
            .constants(KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
    rss.set(128L << 20);
    ObjectName name = new ObjectName("fx:type=Container");
    server.registerMBean(
        PsutilMBeans.containerBean(
            name,
            JmxConfig.of("fx", 0),
            () -> parts -> platform.cgroup(PID, parts),
            () -> 1L,
            () -> null,
            rss::get),
        name);
    server.addNotificationListener(name, (n, handback) -> received.add(n), null, null);
    return name;
  }

  private static List<String> types(List<Notification> notifications) {
    return notifications.stream()
        .map(Notification::getType)
        .collect(java.util.stream.Collectors.toList());
  }

  private static void write(Path file, String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.US_ASCII));
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}

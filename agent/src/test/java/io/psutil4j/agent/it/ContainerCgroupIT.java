package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.live.CgroupSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.Test;

/**
 * A JVM running the agent is moved into a cgroup made here (256 MiB, a fifth of a CPU) and its own
 * {@code psutil4j:type=Container} MBean, read over loopback RMI, follows it: the limits are the
 * ones set, and spinning threads show up as throttled periods the kernel's cpu.stat agrees with.
 */
class ContainerCgroupIT {
  private static final long MEMORY_LIMIT = 256L * 1024 * 1024;
  private static final long QUOTA_USEC = 20_000;
  private static final long PERIOD_USEC = 100_000;

  @Test
  void theAgentsContainerMBeanSeesTheGroupItsJvmWasMovedInto() throws Exception {
    String[] why = new String[1];
    CgroupSandbox box =
        CgroupSandbox.create("psutil4j-agent-it-" + ProcessHandle.current().pid(), why);
    assumeTrue(box != null, () -> "cannot make a cgroup on this host: " + why[0]);
    ChildJvm host = null;
    try {
      box.limitMemory(MEMORY_LIMIT);
      box.limitCpu(QUOTA_USEC, PERIOD_USEC);
      host =
          ChildJvm.start(
              List.of(
                  "-Xmx64m",
                  // cache=0: every read is a fresh reading, comparable with the kernel's files
                  "-javaagent:" + ChildJvm.agentJar() + "=cache=0",
                  "-cp",
                  ChildJvm.testClasses(),
                  StressHostApp.class.getName()));
      ChildJvm h = host;
      await().atMost(Duration.ofSeconds(30)).until(() -> h.stdout().contains("host ready"));
      try (JMXConnector jmx = LocalJmx.connect(LocalJmx.address(host.pid()))) {
        MBeanServerConnection c = jmx.getMBeanServerConnection();
        ObjectName container = new ObjectName("psutil4j:type=Container");
        await().atMost(Duration.ofSeconds(30)).until(() -> c.isRegistered(container));

        // before the move: the JVM's original group, not ours
        assertNotEquals(MEMORY_LIMIT, c.getAttribute(container, "MemoryLimit"));
        assertNotEquals(0.2, c.getAttribute(container, "CpuLimit"));

        box.move(host.pid());
        String membership = Files.readString(Paths.get("/proc/" + host.pid() + "/cgroup"));
        assertTrue(membership.contains(box.cpuDir().getFileName().toString()), membership);

        // the MBean locates the group on every reading: the move shows without a restart
        await()
            .atMost(Duration.ofSeconds(10))
            .untilAsserted(
                () -> assertEquals(MEMORY_LIMIT, c.getAttribute(container, "MemoryLimit")));
        assertEquals(0.2, c.getAttribute(container, "CpuLimit"));
        assertEquals(QUOTA_USEC, c.getAttribute(container, "CpuQuota"));
        assertEquals(PERIOD_USEC, c.getAttribute(container, "CpuPeriod"));
        assertEquals(0.2, c.getAttribute(container, "EffectiveCpus"));
        long usage = (Long) c.getAttribute(container, "MemoryUsage");
        assertTrue(usage > 0 && usage <= MEMORY_LIMIT, "usage " + usage);
        long periods = (Long) c.getAttribute(container, "CpuPeriods");
        long throttled = (Long) c.getAttribute(container, "CpuThrottledPeriods");
        assertTrue(
            periods >= 0 && throttled >= 0 && throttled <= periods, throttled + "/" + periods);

        // two spinning threads against a fifth of a CPU: throttled in (nearly) every period
        host.send("burn 2");
        await().atMost(Duration.ofSeconds(30)).until(() -> h.stdout().contains("burning"));
        Path cpuStat = box.cpuDir().resolve("cpu.stat");
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(300))
            .untilAsserted(
                () -> {
                  long kernelBefore = stat(cpuStat, "nr_throttled");
                  long ours = (Long) c.getAttribute(container, "CpuThrottledPeriods");
                  long kernelAfter = stat(cpuStat, "nr_throttled");
                  assertTrue(
                      kernelBefore <= ours && ours <= kernelAfter,
                      kernelBefore + " <= " + ours + " <= " + kernelAfter);
                  assertTrue(
                      ours >= throttled + 5, "throttled periods " + throttled + " -> " + ours);
                  Object ratio = c.getAttribute(container, "CpuThrottledRatio");
                  assertTrue(ratio != null && (Double) ratio >= 0.5, "ratio " + ratio);
                });
        assertTrue((Double) c.getAttribute(container, "CpuThrottledTime") > 0);
        assertEquals(MEMORY_LIMIT, c.getAttribute(container, "MemoryLimit"), "limit unchanged");
      }
    } finally {
      if (host != null) {
        long pid = host.pid();
        host.close();
        Optional<ProcessHandle> h = ProcessHandle.of(pid);
        if (h.isPresent()) {
          h.get().onExit().get(30, TimeUnit.SECONDS);
        }
      }
      box.close();
    }
  }

  /** One key of a flat-keyed cgroup file (cpu.stat). */
  private static long stat(Path file, String key) throws Exception {
    for (String line : Files.readAllLines(file)) {
      String[] kv = line.split(" ");
      if (kv[0].equals(key)) {
        return Long.parseLong(kv[1]);
      }
    }
    throw new AssertionError(key + " missing from " + file);
  }
}

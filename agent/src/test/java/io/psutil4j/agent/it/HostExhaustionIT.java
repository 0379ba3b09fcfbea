package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.TabularData;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.Test;

/**
 * The host JVM at the end of a resource (no fd left, thousands of threads, a nearly full heap): a
 * JDK-only JMX client still gets an answer for each Process attribute or a null, the psutil4j
 * values are right again once the host recovers, and the host's own output and exit code are
 * exactly what it would print without the agent.
 */
class HostExhaustionIT {
  private static final int FD_LIMIT = 256;

  private static ChildJvm host(List<String> launcher, String... jvmArgs) throws Exception {
    List<String> command = new ArrayList<>(List.of(jvmArgs));
    command.addAll(
        List.of(
            // threads.max: the Threads table lists every thread, not the 100 busiest
            "-javaagent:" + ChildJvm.agentJar() + "=cache=0,threads.max=100000",
            "-cp",
            ChildJvm.testClasses(),
            StressHostApp.class.getName()));
    ChildJvm host = ChildJvm.start(launcher, command);
    await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
    return host;
  }

  private static void command(ChildJvm host, String line, String answer) throws Exception {
    host.send(line);
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> host.stdout().stream().anyMatch(l -> l.startsWith(answer)));
  }

  /** Every attribute of the Process MBean: its value, or the exception's class (never thrown). */
  private static Map<String, Object> processAttributes(MBeanServerConnection c) throws Exception {
    ObjectName process = new ObjectName("psutil4j:type=Process");
    Map<String, Object> values = new LinkedHashMap<>();
    for (var a : c.getMBeanInfo(process).getAttributes()) {
      try {
        values.put(a.getName(), c.getAttribute(process, a.getName()));
      } catch (Exception e) {
        values.put(a.getName(), e);
      }
    }
    return values;
  }

  private static void assertExitUnchanged(ChildJvm host, List<String> expectedOut)
      throws Exception {
    assertEquals(7, host.finish(60), () -> "host stderr: " + host.stderr());
    assertEquals(expectedOut, host.stdout());
    assertEquals(List.of(), host.stderr(), "the agent wrote into the host's stderr");
  }

  @Test
  void noFdLeftTheProcessMBeanAnswersOrSaysNullAndRecovers() throws Exception {
    List<String> prlimit = List.of("prlimit", "--nofile=" + FD_LIMIT + ":" + FD_LIMIT);
    String exhausted;
    try (ChildJvm host = host(prlimit)) {
      // connect first: once the host is out of fds it cannot accept a new connection
      try (JMXConnector connector = LocalJmx.connect(LocalJmx.address(host.pid()))) {
        MBeanServerConnection c = connector.getMBeanServerConnection();
        ObjectName process = new ObjectName("psutil4j:type=Process");
        await().atMost(Duration.ofSeconds(30)).until(() -> c.isRegistered(process));
        command(host, "fds", "fds exhausted");
        exhausted = host.stdout().get(1);
        int open = LocalJmx.openFds(host.pid());
        assertTrue(open >= FD_LIMIT - 8, "the host holds " + open + " fds of " + FD_LIMIT);

        Map<String, Object> starved = processAttributes(c);
        List<String> answered = new ArrayList<>();
        List<String> nulls = new ArrayList<>();
        starved.forEach(
            (k, v) -> {
              assertTrue(!(v instanceof Exception), k + " threw " + v);
              (v == null ? nulls : answered).add(k);
            });

        command(host, "free", "fds freed");
        int fds = LocalJmx.openFds(host.pid());
        Object numFds = c.getAttribute(process, "NumFds");
        assertNotNull(numFds, "NumFds answers again once fds are free");
        assertEquals(FD_LIMIT, ((Number) c.getAttribute(process, "RlimitNofileSoft")).intValue());
        assertTrue(Math.abs(((Number) numFds).intValue() - fds) <= 3, numFds + " vs /proc " + fds);
        Report.write(
            "exhaustion-fds.txt",
            String.format(
                "exhaustion-fds limit=%d host_fds_at_emfile=%d attributes_answered=%d null=%s"
                    + " numfds_after_free=%s proc_fds_after_free=%d",
                FD_LIMIT, open, answered.size(), nulls, numFds, fds));
      }
      assertExitUnchanged(host, List.of("host ready", exhausted, "fds freed", "host done 0 0"));
    }
  }

  @Test
  void thousandsOfThreadsTheThreadsMBeanListsThemAll() throws Exception {
    try (ChildJvm host = host(List.of())) {
      command(host, "threads 2000", "threads started");
      try (JMXConnector connector = LocalJmx.connect(LocalJmx.address(host.pid()))) {
        MBeanServerConnection c = connector.getMBeanServerConnection();
        ObjectName threads = new ObjectName("psutil4j:type=Threads");
        ObjectName process = new ObjectName("psutil4j:type=Process");
        await().atMost(Duration.ofSeconds(30)).until(() -> c.isRegistered(threads));
        int before = LocalJmx.kernelThreads(host.pid());
        TabularData rows = (TabularData) c.getAttribute(threads, "Threads");
        int numThreads = ((Number) c.getAttribute(process, "NumThreads")).intValue();
        int after = LocalJmx.kernelThreads(host.pid());
        assertTrue(before > 2000, "the host runs " + before + " threads");
        // RMI may start or end a connection thread between our looks at /proc
        assertTrue(Math.abs(rows.size() - before) <= 5, rows.size() + " rows vs " + before);
        assertTrue(
            numThreads >= Math.min(before, after) - 5 && numThreads <= Math.max(before, after) + 5,
            numThreads + " vs /proc " + before + ".." + after);
        Report.write(
            "exhaustion-threads.txt",
            String.format(
                "exhaustion-threads proc_threads=%d..%d threads_rows=%d num_threads=%d",
                before, after, rows.size(), numThreads));
      }
      assertExitUnchanged(host, List.of("host ready", "threads started", "host done 0 0"));
    }
  }

  @Test
  void aNearlyFullHeapEveryPsutilMBeanStillAnswers() throws Exception {
    try (ChildJvm host = host(List.of(), "-Xmx64m")) {
      try (JMXConnector connector = LocalJmx.connect(LocalJmx.address(host.pid()))) {
        MBeanServerConnection c = connector.getMBeanServerConnection();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> c.isRegistered(new ObjectName("psutil4j:type=Process")));
        // connected first: starting the management agent itself needs heap
        command(host, "heap 90", "heap filled");
        var heap =
            java.lang.management.MemoryUsage.from(
                (javax.management.openmbean.CompositeData)
                    c.getAttribute(new ObjectName("java.lang:type=Memory"), "HeapMemoryUsage"));
        double full = 100.0 * heap.getUsed() / heap.getMax();
        assertTrue(full >= 85, "the heap is only " + full + "% full");
        List<String> errors = new ArrayList<>();
        int reads = 0;
        for (Object[] a : LocalJmx.everyAttribute(c)) {
          try {
            c.getAttribute((ObjectName) a[0], (String) a[1]);
            reads++;
          } catch (Exception e) {
            errors.add(a[0] + " " + a[1] + ": " + e);
          }
        }
        assertTrue(errors.isEmpty(), errors::toString);
        Report.write(
            "exhaustion-heap.txt",
            String.format(
                "exhaustion-heap xmx_mib=64 heap_used_percent=%.0f attributes_read=%d errors=%d",
                full, reads, errors.size()));
      }
      assertEquals(7, host.finish(60), () -> "host stderr: " + host.stderr());
      List<String> out = host.stdout();
      assertEquals(List.of("host ready", "heap filled"), out.subList(0, 2));
      assertTrue(out.get(2).startsWith("host done 0 ") && out.size() == 3, out.toString());
      assertEquals(List.of(), host.stderr(), "the agent wrote into the host's stderr");
    }
  }
}

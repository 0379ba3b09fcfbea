package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXServiceURL;
import org.junit.jupiter.api.Test;

/**
 * 32 JMX clients, each on its own loopback RMI connection, read every attribute of every psutil4j
 * MBean of an agent-carrying JVM for 20 s: no read fails, the host's CPU stays bounded (the
 * snapshot cache answers most reads), and its heap after GC and its open fds come back to where
 * they were once the clients are gone.
 */
class JmxLoadIT {
  private static final int CLIENTS = 32;
  private static final Duration RUN = Duration.ofSeconds(20);
  private static final long HEAP_SLACK = 8L << 20;
  private static final int FD_SLACK = 8;

  @Test
  void dozensOfClientsReadEverythingWithoutErrorsOrGrowth() throws Exception {
    try (ChildJvm host =
        ChildJvm.start(
            List.of(
                "-Xmx256m",
                "-javaagent:" + ChildJvm.agentJar(),
                "-cp",
                ChildJvm.testClasses(),
                HostApp.class.getName(),
                "5"))) {
      await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
      JMXServiceURL address = LocalJmx.address(host.pid());
      try (JMXConnector probe = LocalJmx.connect(address)) {
        MBeanServerConnection c = probe.getMBeanServerConnection();
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> c.isRegistered(new ObjectName("psutil4j:type=Process")));
        List<Object[]> attributes = LocalJmx.everyAttribute(c);
        readAll(c, attributes, new AtomicLong(), new ArrayList<>()); // warm up: classes, JIT
        long heapBefore = heapAfterGc(c);
        int fdsBefore = LocalJmx.openFds(host.pid());
        long ticksBefore = LocalJmx.cpuTicks(host.pid());

        AtomicLong reads = new AtomicLong();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        runClients(address, attributes, reads, errors);
        double cpuSeconds = (LocalJmx.cpuTicks(host.pid()) - ticksBefore) / 100.0;

        // Server-side RMI connections close a moment after their clients do.
        AtomicLong heapAfter = new AtomicLong();
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofSeconds(1))
            .until(
                () ->
                    LocalJmx.openFds(host.pid()) <= fdsBefore + FD_SLACK
                        && heapAfter.updateAndGet(x -> heapAfterGcUnchecked(c))
                            <= heapBefore + HEAP_SLACK);
        int fdsAfter = LocalJmx.openFds(host.pid());
        String summary =
            String.format(
                "jmx-load clients=%d seconds=%d attributes=%d reads=%d errors=%d"
                    + " host_cpu_s=%.2f wall_s=%d host_cpu_ms_per_read=%.3f heap_after_gc_mib=%.1f->%.1f fds=%d->%d",
                CLIENTS,
                RUN.toSeconds(),
                attributes.size(),
                reads.get(),
                errors.size(),
                cpuSeconds,
                RUN.toSeconds(),
                cpuSeconds * 1000 / reads.get(),
                heapBefore / 1048576.0,
                heapAfter.get() / 1048576.0,
                fdsBefore,
                fdsAfter);
        Report.write("jmx-load.txt", summary);
        assertTrue(errors.isEmpty(), () -> errors.size() + " failed reads, e.g. " + errors.get(0));
        assertTrue(reads.get() > CLIENTS * (long) attributes.size(), summary);
        // Most of the host's CPU is RMI serving 32 spinning clients; without the snapshot cache
        // each read would also re-read /proc (milliseconds for Threads or Network alone).
        double msPerRead = cpuSeconds * 1000 / reads.get();
        assertTrue(msPerRead < 0.5, msPerRead + " ms of host CPU per read; " + summary);
      }
      assertEquals(5, host.finish(30), () -> "host stderr: " + host.stderr());
      assertEquals(List.of("host ready", "host done"), host.stdout());
      assertEquals(List.of(), host.stderr(), "the agent wrote into the host's stderr");
    }
  }

  private static void runClients(
      JMXServiceURL address, List<Object[]> attributes, AtomicLong reads, List<String> errors)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    long deadline = System.nanoTime() + RUN.toNanos();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < CLIENTS; i++) {
        done.add(
            pool.submit(
                () -> {
                  try (JMXConnector connector = LocalJmx.connect(address)) {
                    MBeanServerConnection c = connector.getMBeanServerConnection();
                    while (System.nanoTime() < deadline) {
                      readAll(c, attributes, reads, errors);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(RUN.toSeconds() + 60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void readAll(
      MBeanServerConnection c, List<Object[]> attributes, AtomicLong reads, List<String> errors) {
    for (Object[] a : attributes) {
      try {
        c.getAttribute((ObjectName) a[0], (String) a[1]);
        reads.incrementAndGet();
      } catch (Exception e) {
        errors.add(a[0] + " " + a[1] + ": " + e);
      }
    }
  }

  private static long heapAfterGc(MBeanServerConnection c) throws Exception {
    ObjectName memory = new ObjectName("java.lang:type=Memory");
    c.invoke(memory, "gc", null, null);
    return MemoryUsage.from((CompositeData) c.getAttribute(memory, "HeapMemoryUsage")).getUsed();
  }

  private static long heapAfterGcUnchecked(MBeanServerConnection c) {
    try {
      return heapAfterGc(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}

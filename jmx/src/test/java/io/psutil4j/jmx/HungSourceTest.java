package io.psutil4j.jmx;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kernel file that never answers — /proc/meminfo as a FIFO with no writer — makes the Memory
 * MBean stale and nothing else: no reader waits past the deadline, other MBeans answer at once, and
 * repeated reads hold one reading thread, not one per client.
 */
class HungSourceTest {
  @Test
  void aHungFileMakesOneSourceStaleNeverAReader(@TempDir Path root) throws Exception {
    Files.copy(Paths.get("/proc/stat"), root.resolve("stat"));
    Path meminfo = root.resolve("meminfo");
    assertEquals(0, new ProcessBuilder("mkfifo", meminfo.toString()).inheritIO().start().waitFor());
    LinuxPlatform hung =
        LinuxPlatform.builder()
            .procRoot(root)
            .sysRoot(root)
            .constants(KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try (Registration r =
        PsutilMBeans.register(server, JmxConfig.defaults(), hung, Process.current())) {
      ObjectName memory = new ObjectName("psutil4j:type=Memory");
      assertTrue(r.names().contains(memory), "registered: " + r.names());
      ObjectName host = new ObjectName("psutil4j:type=Host");

      long start = System.nanoTime();
      Future<Object> first = clients.submit(() -> server.getAttribute(memory, "Total"));
      Thread.sleep(200);
      Future<Object> second = clients.submit(() -> server.getAttribute(memory, "Available"));

      // while meminfo hangs, the Host MBean (btime of the copied /proc/stat) answers at once
      long cpuStart = System.nanoTime();
      assertNotNull(server.getAttribute(host, "BootTime"));
      long cpuMillis = (System.nanoTime() - cpuStart) / 1_000_000;
      assertTrue(cpuMillis < 100, "Host.BootTime took " + cpuMillis + " ms behind a hung meminfo");

      long limit = Snapshot.DEFAULT_DEADLINE_MILLIS + 1000;
      assertNull(first.get(limit, TimeUnit.MILLISECONDS), "no reading of a hung meminfo");
      assertNull(second.get(limit, TimeUnit.MILLISECONDS), "the second reader is not stuck");
      long waited = (System.nanoTime() - start) / 1_000_000;
      assertTrue(waited < limit, "both readers returned after " + waited + " ms");

      settlesOnOneReadingThread("one thread waits on the hung file, whatever the callers");
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        assertNull(server.getAttribute(memory, "Total"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 100, "a read of the stale source took " + ms + " ms");
      }
      settlesOnOneReadingThread("repeated reads of a hung source add no thread");
    } finally {
      clients.shutdownNow();
      // give the stuck reader its writer, so its thread ends with the test; on a thread of its
      // own, since opening a FIFO for writing blocks when nobody reads it
      Thread writer =
          new Thread(
              () -> {
                try (FileOutputStream out = new FileOutputStream(meminfo.toFile())) {
                  out.write("MemTotal: 1 kB\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                  // the test's own verdict stands; a leftover reader ends with the JVM
                }
              },
              "hung-source-test-writer");
      writer.setDaemon(true);
      writer.start();
    }
  }

  /**
   * A read may also start the entity check (the Reconciler) on a reading thread, which ends at
   * once; a reader stuck on the hung file never would, so the count must come back to that one.
   */
  private static void settlesOnOneReadingThread(String what) {
    await(what).atMost(Duration.ofSeconds(2)).until(() -> readingThreads() == 1);
  }

  private static long readingThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("psutil4j-read-"))
        .filter(t -> t.getState() != Thread.State.TERMINATED)
        .filter(t -> t.getState() != Thread.State.TIMED_WAITING)
        .count();
  }
}

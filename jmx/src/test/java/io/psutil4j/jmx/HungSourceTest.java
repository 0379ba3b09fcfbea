package io.psutil4j.jmx;

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
 * A kernel file that never answers — /proc/meminfo as a FIFO with no writer — makes the one meminfo
 * reading Memory and Swap share stale and nothing else: no reader waits past the deadline, Swap
 * does not wait a deadline of its own, other MBeans answer at once, and repeated reads hold one
 * reading thread, not one per client or MBean.
 */
class HungSourceTest {
  @Test
  void aHungFileMakesOneSourceStaleNeverAReader(@TempDir Path root) throws Exception {
    Files.copy(Paths.get("/proc/stat"), root.resolve("stat"));
    Files.copy(Paths.get("/proc/vmstat"), root.resolve("vmstat"));
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
      String[][] others = {
        {"Host", "BootTime"}, {"Cpu", "User"}, {"Process", "NumFds"}, {"Swap", "Sout"}
      };
      // each read once first: a reader's first call loads its classes and native code (once
      // measured 476 ms for NumFds under load), which is not the wait this test is about
      for (String[] other : others) {
        server.getAttribute(new ObjectName("psutil4j:type=" + other[0]), other[1]);
      }

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

      // Memory's read passed its deadline: Swap shares its meminfo reading, so it does not wait a
      // deadline of its own; its traffic, from the copied vmstat, is read apart and answers
      ObjectName swap = new ObjectName("psutil4j:type=Swap");
      long swapStart = System.nanoTime();
      assertNull(server.getAttribute(swap, "Total"), "Swap's space is in the hung meminfo");
      long swapMillis = (System.nanoTime() - swapStart) / 1_000_000;
      assertTrue(swapMillis < 100, "Swap.Total took " + swapMillis + " ms after Memory's deadline");
      assertEquals(pswpin(root) * 4096, server.getAttribute(swap, "Sin"), "Sin, from vmstat");
      for (String[] other : others) {
        ObjectName name = new ObjectName("psutil4j:type=" + other[0]);
        long t0 = System.nanoTime();
        assertNotNull(server.getAttribute(name, other[1]), other[0] + "." + other[1]);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 100, other[0] + "." + other[1] + " took " + ms + " ms");
      }

      long readersBefore = readingThreads();
      for (int i = 0; i < 20; i++) {
        long t0 = System.nanoTime();
        assertNull(server.getAttribute(memory, "Total"));
        assertNull(server.getAttribute(swap, "Free"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 100, "a read of the stale source took " + ms + " ms");
        Thread.sleep(i == 10 ? 1100 : 0); // past the cache interval: a refresh is due, and waits
      }
      assertEquals(
          readersBefore, readingThreads(), "repeated reads of a hung source add no thread");
      assertEquals(
          1, readersBefore, "one thread waits on the hung file, whatever the callers and MBeans");
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

  /** The pages swapped in since boot, as the copied vmstat says. */
  private static long pswpin(Path root) throws IOException {
    for (String line : Files.readAllLines(root.resolve("vmstat"), StandardCharsets.US_ASCII)) {
      if (line.startsWith("pswpin ")) {
        return Long.parseLong(line.substring("pswpin ".length()).trim());
      }
    }
    throw new AssertionError("no pswpin in /proc/vmstat");
  }

  /**
   * Reading threads inside a read of meminfo: those the hung file holds. Other reading threads (the
   * reconciler's check, another source's refresh, Swap's vmstat) may be busy at any moment and are
   * not counted.
   */
  private static long readingThreads() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith("psutil4j-read-"))
        .filter(e -> e.getKey().getState() != Thread.State.TERMINATED)
        .filter(e -> readsMeminfo(e.getValue()))
        .count();
  }

  private static boolean readsMeminfo(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().equals("io.psutil4j.linux.MemoryReader")
          && frame.getMethodName().equals("meminfo")) {
        return true;
      }
    }
    return false;
  }
}

package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.DiskUsage;
import io.psutil4j.Process;
import io.psutil4j.linux.LinuxPlatform;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sysfs file or a statvfs that never returns (a FIFO with no writer stands in for a wedged driver
 * or a dead NFS server) costs its own entity's values and one thread, nothing else: other NICs and
 * MBeans answer at once, later readings skip the stuck entity without a new thread, and it comes
 * back once its call returns.
 */
class HungEntitiesTest {
  @Test
  void aNicWhoseSysfsHangsIsSkippedUntilTheReadReturns(@TempDir Path root) throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    Path mtu = root.resolve("sys/class/net/eth0/mtu");
    FixtureRoots.fifo(mtu);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    // each read may read sysfs again, so the stuck NIC is asked for again once it returns
    JmxConfig config =
        JmxConfig.of("fx", 0).withScale(ScaleOptions.defaults().withNicsIntervalMillis(0));
    try (Registration r =
        PsutilMBeans.register(server, config, fixture, Process.current(), l -> {})) {
      ObjectName eth0 = new ObjectName("fx:type=NetworkInterface,name=eth0");
      ObjectName ifb0 = new ObjectName("fx:type=NetworkInterface,name=ifb0");
      ObjectName host = new ObjectName("fx:type=Host");
      assertTrue(server.isRegistered(eth0), "eth0 is listed in /proc/net/dev: " + r.names());
      assertEquals(40307536L, server.getAttribute(eth0, "BytesRecv"), "its counters still read");

      long before = Threads.reading();
      for (int i = 0; i < 10; i++) {
        long t0 = System.nanoTime();
        assertNull(server.getAttribute(eth0, "Mtu"), "stuck: no value");
        assertNotNull(server.getAttribute(ifb0, "Mtu"), "the other NICs' sysfs reads");
        assertNotNull(server.getAttribute(host, "BootTime"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 100, "three reads beside a hung NIC took " + ms + " ms");
      }
      assertEquals(1, before, "the hung read holds one thread");
      assertEquals(before, Threads.reading(), "later readings skip it: no thread piles up");

      // the driver answers at last: the stuck read returns, and the NIC is read again
      Thread writer = FixtureRoots.release(mtu, "1400\n");
      writer.join(5000);
      assertTrue(!writer.isAlive(), "the stuck read took the FIFO's content");
      Files.delete(mtu);
      Files.writeString(mtu, "1400\n");
      Awaitility.await()
          .atMost(Duration.ofSeconds(5))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> Integer.valueOf(1400).equals(server.getAttribute(eth0, "Mtu")));
    } finally {
      if (Files.exists(mtu) && !Files.isRegularFile(mtu)) {
        FixtureRoots.release(mtu, "1400\n");
      }
    }
  }

  @Test
  void aCheckThatMeetsAHungNicDelaysNoReader(@TempDir Path root) throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Path mtu = root.resolve("sys/class/net/eth9/mtu");
    try (Registration r =
        PsutilMBeans.register(server, JmxConfig.of("fx", 0), fixture, Process.current(), l -> {})) {
      // a NIC appears whose driver never answers
      Files.createDirectories(mtu.getParent());
      Files.writeString(mtu.resolveSibling("flags"), "0x1003\n");
      FixtureRoots.fifo(mtu);
      FixtureRoots.rewrite(
          root.resolve("proc/net/dev"),
          lines -> {
            lines.add("  eth9: 5 1 0 0 0 0 0 0 7 1 0 0 0 0 0 0");
            return lines;
          });
      Thread.sleep(Reconciler.MIN_INTERVAL_MILLIS + 100); // the next read starts a check
      ObjectName host = new ObjectName("fx:type=Host");
      ObjectName eth9 = new ObjectName("fx:type=NetworkInterface,name=eth9");
      long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
      int reads = 0;
      while (System.nanoTime() < end) {
        long t0 = System.nanoTime();
        assertNotNull(server.getAttribute(host, "BootTime"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(ms < 100, "read " + reads + " waited " + ms + " ms on a check");
        reads++;
        Thread.sleep(20);
      }
      assertTrue(server.isRegistered(eth9), "the check ended, past the NIC's deadline");
      assertEquals(7L, server.getAttribute(eth9, "BytesSent"));
      assertNull(server.getAttribute(eth9, "Mtu"), "its sysfs is stuck");
      assertTrue(r.names().contains(eth9));
    } finally {
      FixtureRoots.release(mtu, "1500\n");
    }
  }

  @Test
  void aMountWhoseStatvfsHangsIsStuckUntilTheCallReturns(@TempDir Path root) throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    Path hung = root.resolve("hung");
    FixtureRoots.fifo(hung);
    FixtureRoots.rewrite(
        root.resolve("proc/self/mounts"),
        lines -> {
          lines.add("/dev/vdz /nfs/dead ext4 rw 0 0");
          return lines;
        });
    // statvfs is a live call: for /nfs/dead it reads the FIFO instead, which never answers
    DeadlineCalls<String, DiskUsage> statvfs =
        new DeadlineCalls<>(
            point -> point.equals("/nfs/dead") ? readForever(hung) : fixture.diskUsage(point),
            300,
            Refreshers.SHARED);
    EntitySelector every = EntitySelector.all("FileSystem");
    boolean released = false;
    try {
      long t0 = System.nanoTime();
      Map<String, FileSystems.Mount> first = FileSystems.read(fixture, every, statvfs::callAll);
      long firstMs = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(firstMs >= 300 && firstMs < 1500, "one deadline passed: " + firstMs + " ms");
      assertNull(first.get("/nfs/dead").usage);
      assertNotNull(first.get("/").usage, "/ is read after the hung mount too");
      assertEquals(Set.of("/nfs/dead"), statvfs.stuck());

      long threads = Threads.reading();
      for (int i = 0; i < 5; i++) {
        long t1 = System.nanoTime();
        Map<String, FileSystems.Mount> again = FileSystems.read(fixture, every, statvfs::callAll);
        long ms = (System.nanoTime() - t1) / 1_000_000;
        assertTrue(ms < 100, "a stuck mount is skipped, not waited for: " + ms + " ms");
        assertNull(again.get("/nfs/dead").usage);
        assertEquals(new File("/").getTotalSpace(), again.get("/").usage.total());
      }
      assertEquals(1, threads, "the hung statvfs holds one thread");
      assertEquals(threads, Threads.reading(), "skipping it makes no thread");

      FixtureRoots.release(hung, "x");
      released = true;
      Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> statvfs.stuck().isEmpty());
    } finally {
      if (!released) {
        FixtureRoots.release(hung, "x");
      }
    }
  }

  private static DiskUsage readForever(Path fifo) {
    try {
      Files.readAllBytes(fifo);
      throw new IOException("a dead mount: no usage");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reading threads stuck now: blocked opening a file (the FIFO) in each of five looks 20 ms apart.
   * A reading thread that opens an ordinary file (another NIC's sysfs, the reconciler's listing) is
   * seen in one look at most; taking the fewest keeps only those that stay.
   */
  static final class Threads {
    static long reading() throws InterruptedException {
      long fewest = Long.MAX_VALUE;
      for (int look = 0; look < 5; look++) {
        if (look > 0) {
          Thread.sleep(20);
        }
        fewest = Math.min(fewest, openingNow());
      }
      return fewest;
    }

    private static long openingNow() {
      return Thread.getAllStackTraces().entrySet().stream()
          .filter(e -> e.getKey().getName().startsWith("psutil4j-read-"))
          .filter(
              e -> e.getValue().length > 0 && e.getValue()[0].getMethodName().startsWith("open"))
          .count();
    }

    private Threads() {}
  }
}

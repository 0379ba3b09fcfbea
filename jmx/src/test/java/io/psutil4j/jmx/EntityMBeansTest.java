package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.linux.LinuxPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-entity MBeans follow the disks and NICs the kernel lists, read after read. */
class EntityMBeansTest {
  @Test
  void aNicThatGoesAwayLosesItsMBeanAndANewDiskGetsOne(@TempDir Path root) throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r =
        PsutilMBeans.register(server, JmxConfig.of("fx", 0), fixture, Process.current());
    try {
      ObjectName eth0 = new ObjectName("fx:type=NetworkInterface,name=eth0");
      ObjectName ifb1 = new ObjectName("fx:type=NetworkInterface,name=ifb1");
      assertTrue(server.isRegistered(eth0));
      assertTrue(server.isRegistered(ifb1));
      assertEquals(40307536L, server.getAttribute(eth0, "BytesRecv"));
      assertEquals(296236L, server.getAttribute(eth0, "BytesSent"));
      assertTrue(r.names().contains(eth0));

      FixtureRoots.rewrite(
          root.resolve("proc/net/dev"),
          lines -> lines.stream().filter(l -> !l.contains("ifb1:")).collect(Collectors.toList()));
      ObjectName newDisk = new ObjectName("fx:type=Disk,name=sdz");
      assertFalse(server.isRegistered(newDisk));
      FixtureRoots.rewrite(
          root.resolve("proc/diskstats"),
          lines -> {
            lines.add("   8     208 sdz 5 0 40 1 7 0 56 2 0 3 3 0 0 0 0 0 0");
            return lines;
          });
      // a read of any psutil4j MBean runs the check, at most once a second (cache 0 or not)
      ObjectName memory = new ObjectName("fx:type=Memory");
      org.awaitility.Awaitility.await()
          .atMost(java.time.Duration.ofSeconds(5))
          .pollInterval(java.time.Duration.ofMillis(100))
          .until(
              () -> {
                server.getAttribute(memory, "Total");
                return !server.isRegistered(ifb1);
              });
      assertFalse(server.isRegistered(ifb1), "ifb1 left /proc/net/dev");
      assertFalse(r.names().contains(ifb1));
      assertTrue(server.isRegistered(eth0));
      assertTrue(server.isRegistered(newDisk), "sdz appeared in /proc/diskstats");
      assertEquals(40L * 512, server.getAttribute(newDisk, "ReadBytes"));
      assertEquals(5L, server.getAttribute(newDisk, "ReadCount"));
    } finally {
      r.close();
    }
    assertTrue(server.queryNames(new ObjectName("fx:*"), null).isEmpty(), "all unregistered");
  }

  @Test
  void mountpointsAreAlwaysQuotedAndEveryTypeKeepsOneKeySet() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("live", 1000));
    try {
      ObjectName root =
          ObjectName.getInstance("live:type=FileSystem,name=" + ObjectName.quote("/"));
      assertTrue(server.isRegistered(root), "/ is mounted");
      java.lang.Process df = new ProcessBuilder("df", "-B1", "--output=size", "/").start();
      String out = new String(df.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
      assertEquals(0, df.waitFor());
      assertEquals(Long.parseLong(out.split("\n")[1].trim()), server.getAttribute(root, "Total"));
      for (ObjectName n : r.names()) {
        if (n.getKeyProperty("type").equals("FileSystem")) {
          assertTrue(n.getKeyProperty("name").startsWith("\""), n.toString());
        }
        if (n.getKeyProperty("name") != null) {
          assertEquals(List.of("name", "type"), sortedKeys(n), n.toString());
        }
      }
      ObjectName cpu0 = new ObjectName("live:type=Cpu,name=cpu0");
      assertTrue((Double) server.getAttribute(cpu0, "User") > 0);
      // the mounts' shared reading, taken or reused (1 s cache) for Total: its age is served by
      // every mount's MBean without a read
      long asked = System.nanoTime();
      server.getAttribute(root, "Total");
      double age = (Double) server.getAttribute(root, "ReadingAgeSeconds");
      double sinceAsked = (System.nanoTime() - asked) / 1e9;
      assertTrue(age >= 0 && age <= 1.0 + sinceAsked, age + " s, Total asked " + sinceAsked);
    } finally {
      r.close();
    }
  }

  private static List<String> sortedKeys(ObjectName n) {
    return n.getKeyPropertyList().keySet().stream().sorted().collect(Collectors.toList());
  }
}

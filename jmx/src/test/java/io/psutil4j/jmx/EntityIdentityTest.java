package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.NetIoCounters;
import io.psutil4j.Process;
import io.psutil4j.linux.LinuxPlatform;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a series is keyed by stays true when entities come and go: a CPU taken offline leaves the
 * other CPUs' names alone, and a NIC that goes away takes nothing from the Network totals.
 */
class EntityIdentityTest {
  private static final String[] CPU_LINES = {
    "cpu0 100 0 50 9000 0 0 0 0 0 0",
    "cpu1 200 0 60 9000 0 0 0 0 0 0",
    "cpu2 300 0 70 9000 0 0 0 0 0 0",
    "cpu3 400 0 80 9000 0 0 0 0 0 0"
  };

  @Test
  void aCpuTakenOfflineKeepsTheOtherCpusNames(@TempDir Path root) throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    Path stat = root.resolve("proc/stat");
    FixtureRoots.rewrite(stat, lines -> withCpus(lines, List.of(CPU_LINES)));
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    try (Registration r =
        PsutilMBeans.register(server, JmxConfig.of("fx", 0), fixture, Process.current(), l -> {})) {
      assertEquals(List.of("cpu0", "cpu1", "cpu2", "cpu3"), cpuNames(r));

      // echo 0 > /sys/devices/system/cpu/cpu1/online: its line leaves /proc/stat
      FixtureRoots.rewrite(
          stat, lines -> withCpus(lines, List.of(CPU_LINES[0], CPU_LINES[2], CPU_LINES[3])));
      ObjectName memory = new ObjectName("fx:type=Memory");
      FixtureRoots.readUntil(server, memory, "Total", () -> cpuNames(r).size() == 3);
      assertEquals(List.of("cpu0", "cpu2", "cpu3"), cpuNames(r), "no CPU renamed");
      // each name still reads its own CPU's line (100 ticks a second)
      assertEquals(3.0, server.getAttribute(new ObjectName("fx:type=Cpu,name=cpu2"), "User"));
      assertEquals(4.0, server.getAttribute(new ObjectName("fx:type=Cpu,name=cpu3"), "User"));
      assertFalse(server.isRegistered(new ObjectName("fx:type=Cpu,name=cpu1")));
    }
  }

  private static List<String> withCpus(List<String> lines, List<String> cpus) {
    List<String> out =
        lines.stream().filter(l -> !l.matches("cpu[0-9]+ .*")).collect(Collectors.toList());
    out.addAll(1, cpus);
    return out;
  }

  private static List<String> cpuNames(Registration r) {
    return r.names().stream()
        .filter(n -> "Cpu".equals(n.getKeyProperty("type")) && n.getKeyProperty("name") != null)
        .map(n -> n.getKeyProperty("name"))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void aNicRemovedBetweenTwoReadsKeepsNetworkTotalsFromFalling(@TempDir Path root)
      throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    try (Registration r =
        PsutilMBeans.register(server, JmxConfig.of("fx", 0), fixture, Process.current(), l -> {})) {
      ObjectName network = new ObjectName("fx:type=Network");
      assertTrue(r.names().contains(network));
      // lo 774722 + eth0 40307536 received; lo 2098 + eth0 2712 packets
      assertEquals(774722L + 40307536L, server.getAttribute(network, "BytesRecv"));
      assertEquals(2098L + 2712L, server.getAttribute(network, "PacketsRecv"));

      FixtureRoots.rewrite(
          root.resolve("proc/net/dev"),
          lines -> lines.stream().filter(l -> !l.contains("eth0:")).collect(Collectors.toList()));
      assertFalse(fixture.netIoCountersPernic().containsKey("eth0"), "eth0 left the kernel");
      assertEquals(774722L + 40307536L, server.getAttribute(network, "BytesRecv"));
      assertEquals(296236L + 774722L, server.getAttribute(network, "BytesSent"));
      assertEquals(2098L + 2712L, server.getAttribute(network, "PacketsRecv"));
    }
  }

  @Test
  void aNicThatRestartsFromZeroKeepsWhatItHadCounted() {
    NetTotals totals = new NetTotals();
    NetIoCounters a = NetIoCounters.of(100, 200, 1, 2, 0, 0, 0, 0);
    NetIoCounters b = NetIoCounters.of(10, 20, 1, 1, 0, 0, 0, 0);
    assertEquals(110L, totals.total(Map.of("a", a, "b", b)).bytesSent());
    // b deleted and made again between two readings: its counters start at 0
    NetIoCounters b2 = NetIoCounters.of(3, 4, 1, 1, 0, 0, 0, 0);
    NetIoCounters t = totals.total(Map.of("a", a, "b", b2));
    assertEquals(113L, t.bytesSent());
    assertEquals(224L, t.bytesRecv());
    // a goes away
    assertEquals(113L, totals.total(Map.of("b", b2)).bytesSent());
    assertEquals(224L, totals.total(Map.of()).bytesRecv(), "no NIC left: all of it kept");
  }
}

package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every captured fixture scenario that carries an {@code expected.properties} (values computed from
 * the files by an independent script, see each scenario's NOTE.md): the system-wide functions on
 * that tree give those values. Only the keys this API owns are checked; a scenario lacking a key
 * skips that check.
 */
class ExpectedSystemValuesTest {
  private static final double EPS = 0.011;

  @TestFactory
  List<DynamicTest> everyScenarioWithExpectedValues() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(Tool.fixture(""))) {
      for (Path dir : dirs) {
        if (Files.isRegularFile(dir.resolve("expected.properties")) && hasSystemKeys(dir)) {
          tests.add(DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
        }
      }
    }
    assertTrue(!tests.isEmpty(), "no scenario with expected.properties");
    tests.sort((a, b) -> a.getDisplayName().compareTo(b.getDisplayName()));
    return tests;
  }

  /** Scenarios captured for one process only carry no system-wide expectations. */
  private static boolean hasSystemKeys(Path dir) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (java.io.Reader r = Files.newBufferedReader(dir.resolve("expected.properties"))) {
      p.load(r);
    }
    return p.stringPropertyNames().stream()
        .anyMatch(
            k -> k.matches("(virtual_memory|swap_memory|cpu_|boot_time|disk_|net_|sensors_).*"));
  }

  private static void check(Path dir) throws IOException {
    Properties p = new Properties();
    InputStream in = Files.newInputStream(dir.resolve("expected.properties"));
    try {
      p.load(in);
    } finally {
      in.close();
    }
    long clk = Long.parseLong(p.getProperty("clk_tck", "100"));
    long page = Long.parseLong(p.getProperty("pagesize", "4096"));
    LinuxPlatform lp =
        LinuxPlatform.builder()
            .procRoot(dir.resolve("proc"))
            .sysRoot(dir.resolve("sys"))
            .utmpPath(dir.resolve("var/run/utmp"))
            .constants(KernelConstants.of(clk, page))
            .warningStream(null)
            .build();
    String s = dir.getFileName() + ": ";
    int checked = 0;

    if (p.containsKey("cpu_count.logical")) {
      assertEquals(p.getProperty("cpu_count.logical"), str(lp.cpuCountLogical().getAsInt()), s);
      checked++;
    }
    if (p.containsKey("cpu_stats.ctx_switches")) {
      CpuStats st = lp.cpuStats();
      assertEquals(p.getProperty("cpu_stats.ctx_switches"), str(st.ctxSwitches()), s);
      assertEquals(p.getProperty("cpu_stats.interrupts"), str(st.interrupts()), s);
      assertEquals(p.getProperty("cpu_stats.soft_interrupts"), str(st.softInterrupts()), s);
      assertEquals(p.getProperty("cpu_stats.syscalls"), str(st.syscalls()), s);
      checked++;
    }
    if (p.containsKey("cpu_freq.percpu.count")) {
      List<CpuFreq> per = lp.cpuFreqPercpu();
      assertEquals(p.getProperty("cpu_freq.percpu.count"), str(per.size()), s + "cpu_freq");
      for (int i = 0; i < per.size(); i++) {
        String k = "cpu_freq.percpu." + i + ".";
        num(p, k + "current", per.get(i).current(), s);
        opt(p, k + "min", per.get(i).min(), s);
        opt(p, k + "max", per.get(i).max(), s);
      }
      Optional<CpuFreq> avg = CpuFreq.average(per);
      if (avg.isPresent()) {
        num(p, "cpu_freq.current", avg.get().current(), s);
        opt(p, "cpu_freq.min", avg.get().min(), s);
        opt(p, "cpu_freq.max", avg.get().max(), s);
      }
      checked++;
    }
    if (p.containsKey("disk_io_counters.perdisk.names")) {
      Map<String, DiskIoCounters> perdisk = lp.diskIoCounters(false);
      assertEquals(list(p, "disk_io_counters.perdisk.names"), new ArrayList<>(perdisk.keySet()), s);
      Map<String, DiskIoCounters> whole = lp.diskIoCounters(true);
      assertEquals(list(p, "disk_io_counters.whole_disks"), new ArrayList<>(whole.keySet()), s);
      tupleEquals(p, "disk_io_counters.", DiskIoCounters.sum(whole.values()), s);
      perdisk.forEach((name, c) -> tupleEquals(p, "disk_io_counters.perdisk." + name + ".", c, s));
      checked++;
    }
    if (p.containsKey("net_io_counters.nics")) {
      Map<String, NetIoCounters> pernic = lp.netIoCountersPernic();
      assertEquals(list(p, "net_io_counters.nics"), new ArrayList<>(pernic.keySet()), s);
      tupleEquals(p, "net_io_counters.", NetIoCounters.sum(pernic.values()), s);
      pernic.forEach((nic, c) -> tupleEquals(p, "net_io_counters." + nic + ".", c, s));
      checked++;
    }
    boolean nicStats = false;
    for (String key : p.stringPropertyNames()) {
      nicStats |= key.startsWith("net_if_stats.");
    }
    if (nicStats) {
      lp.netIfStats()
          .forEach(
              (nic, st) -> {
                String k = "net_if_stats." + nic + ".";
                if (p.containsKey(k + "mtu")) {
                  assertEquals(p.getProperty(k + "isup"), str(st.isup()), s + nic);
                  assertEquals(p.getProperty(k + "mtu"), str(st.mtu()), s + nic);
                  assertEquals(p.getProperty(k + "speed"), str(st.speed()), s + nic);
                  assertEquals(p.getProperty(k + "flags"), st.flags(), s + nic);
                  assertEquals(
                      p.getProperty(k + "duplex"),
                      st.duplex().name().replace("NIC_DUPLEX_", ""),
                      s);
                }
              });
      checked++;
    }
    for (String file : new String[] {"tcp", "tcp6", "udp", "udp6"}) {
      String k = "net_connections." + file + ".";
      if (p.containsKey(k + "count")) {
        String kind = file.endsWith("6") ? file : file + "4";
        List<String> ours = new ArrayList<>();
        for (Connection c : lp.netConnections(kind)) {
          ours.add(addr(c.laddr()) + ">" + addr(c.raddr()) + ">" + c.status().value());
        }
        assertEquals(p.getProperty(k + "count"), str(ours.size()), s + file);
        List<String> expected = new ArrayList<>(list(p, k + "list", " "));
        Collections.sort(expected);
        Collections.sort(ours);
        assertEquals(expected, ours, s + file);
        checked++;
      }
    }
    if (p.containsKey("net_connections.unix.count")) {
      List<Connection> unix = lp.netConnections("unix");
      // expected.properties counts lines; psutil returns a set, so two unowned sockets with the
      // same
      // type and path (fd -1, no pid: always the case in a fixture) are one sconn (reference 2.6)
      int lines = Integer.parseInt(p.getProperty("net_connections.unix.count"));
      assertTrue(
          unix.size() <= lines && unix.size() > 0 == lines > 0, s + unix.size() + " vs " + lines);
      HashSet<String> paths = new HashSet<>();
      for (Connection c : unix) {
        if (!c.path().get().isEmpty()) {
          paths.add(c.path().get());
        }
      }
      assertEquals(new HashSet<>(list(p, "net_connections.unix.paths")), paths, s);
    }
    if (p.containsKey("disk_partitions.count")) {
      List<DiskPartition> parts = lp.diskPartitions(false);
      assertEquals(p.getProperty("disk_partitions.count"), str(parts.size()), s);
      assertEquals(p.getProperty("disk_partitions.all.count"), str(lp.diskPartitions(true).size()));
      assertEquals(list(p, "disk_partitions.mountpoints"), field(parts, 1), s);
      assertEquals(list(p, "disk_partitions.fstypes"), field(parts, 2), s);
      checked++;
    }
    if (p.containsKey("pids")) {
      List<String> pids = new ArrayList<>();
      for (int pid : lp.pids()) {
        pids.add(str(pid));
      }
      assertEquals(list(p, "pids"), pids, s);
    }
    if (p.containsKey("sensors_temperatures.names")) {
      Map<String, List<Temperature>> temps = lp.sensorsTemperatures();
      assertEquals(list(p, "sensors_temperatures.names"), new ArrayList<>(temps.keySet()), s);
      temps.forEach(
          (chip, list) -> {
            assertEquals(
                p.getProperty("sensors_temperatures." + chip + ".count"), str(list.size()));
            for (int i = 0; i < list.size(); i++) {
              Temperature t = list.get(i).finish(false);
              String k = "sensors_temperatures." + chip + "." + i + ".";
              assertEquals(p.getProperty(k + "label"), t.label(), s + k);
              num(p, k + "current", t.current(), s);
              opt(p, k + "high", t.high(), s);
              opt(p, k + "critical", t.critical(), s);
            }
          });
      checked++;
    }
    if (p.containsKey("sensors_fans.names")) {
      Map<String, List<Fan>> fans = lp.sensorsFans();
      assertEquals(list(p, "sensors_fans.names"), new ArrayList<>(fans.keySet()), s);
      fans.forEach(
          (chip, list) -> {
            for (int i = 0; i < list.size(); i++) {
              String k = "sensors_fans." + chip + "." + i + ".";
              assertEquals(p.getProperty(k + "label"), list.get(i).label(), s + k);
              assertEquals(p.getProperty(k + "current"), str(list.get(i).current()), s + k);
            }
          });
      checked++;
    }
    if (p.containsKey("sensors_battery")) {
      assertEquals(Optional.empty(), lp.sensorsBattery(), s);
      checked++;
    } else if (p.containsKey("sensors_battery.percent")) {
      Battery b = lp.sensorsBattery().get();
      num(p, "sensors_battery.percent", b.percent(), s);
      assertEquals(p.getProperty("sensors_battery.secsleft"), str(b.asDict().get("secsleft")), s);
      assertEquals(
          p.getProperty("sensors_battery.power_plugged"),
          b.powerPlugged().map(SystemValues::str).orElse("None"),
          s);
      checked++;
    }
    assertTrue(checked > 0, s + "no system-wide key checked");
  }

  /** Helpers kept static and tiny: the expected file's notations. */
  static final class SystemValues {
    static String str(Object o) {
      return String.valueOf(o);
    }
  }

  private static String str(Object o) {
    return SystemValues.str(o);
  }

  private static String addr(Optional<Connection.Addr> a) {
    if (!a.isPresent()) {
      return "";
    }
    String ip = a.get().ip();
    return (ip.contains(":") ? "[" + ip + "]" : ip) + ":" + a.get().port();
  }

  private static List<String> field(List<DiskPartition> parts, int i) {
    List<String> out = new ArrayList<>();
    for (DiskPartition d : parts) {
      out.add(i == 1 ? d.mountpoint() : d.fstype());
    }
    return out;
  }

  private static List<String> list(Properties p, String key) {
    return list(p, key, ",");
  }

  private static List<String> list(Properties p, String key, String sep) {
    String v = p.getProperty(key, "");
    return v.isEmpty() ? List.of() : Arrays.asList(v.split(sep));
  }

  private static void num(Properties p, String key, double actual, String s) {
    if (p.containsKey(key)) {
      assertEquals(Double.parseDouble(p.getProperty(key)), actual, EPS, s + key);
    }
  }

  private static void opt(Properties p, String key, Optional<Double> actual, String s) {
    if (!p.containsKey(key)) {
      return;
    }
    if (p.getProperty(key).equals("None")) {
      assertEquals(Optional.empty(), actual, s + key);
    } else {
      num(p, key, actual.orElseThrow(() -> new AssertionError(s + key + " missing")), s);
    }
  }

  private static void tupleEquals(Properties p, String prefix, NamedTuple t, String s) {
    BiConsumer<String, Object> eq =
        (field, value) -> {
          if (p.containsKey(prefix + field)) {
            assertEquals(p.getProperty(prefix + field), str(value), s + prefix + field);
          }
        };
    t.asDict().forEach(eq);
  }
}

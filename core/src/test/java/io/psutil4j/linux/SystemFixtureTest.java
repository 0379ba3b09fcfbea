package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.CpuFreq;
import io.psutil4j.DiskIoCounters;
import io.psutil4j.NicDuplex;
import io.psutil4j.NicStats;
import io.psutil4j.User;
import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole Linux platform on a captured tree of another host (vm-x86_64-6.18-sys). */
class SystemFixtureTest {
  private static final Path ROOT = Tool.fixture("vm-x86_64-6.18-sys");

  private static LinuxPlatform platform(Path root) {
    return LinuxPlatform.builder()
        .procRoot(root.resolve("proc"))
        .sysRoot(root.resolve("sys"))
        .utmpPath(root.resolve("var/run/utmp"))
        .constants(KernelConstants.of(100, 4096))
        .warningStream(null)
        .build();
  }

  @Test
  void diskTotalsCountOnlyWholeDisks() {
    LinuxPlatform p = platform(ROOT);
    Map<String, DiskIoCounters> whole = p.diskIoCounters(true);
    Map<String, DiskIoCounters> all = p.diskIoCounters(false);
    assertTrue(all.keySet().containsAll(whole.keySet()));
    for (String name : whole.keySet()) {
      assertTrue(Files.isDirectory(ROOT.resolve("sys/block").resolve(name)), name);
    }
    DiskIoCounters vda = all.get("vda");
    assertEquals(0, vda.readBytes() % 512, "bytes are sectors times 512");
  }

  @Test
  void nicStatsFromSysfsWithRunningComputedLikeTheKernel() {
    Map<String, NicStats> s = platform(ROOT).netIfStats();
    assertEquals(Set.of("lo", "eth0", "ifb0", "ifb1"), s.keySet());
    // ifconfig on the capture host: eth0 flags=4163<UP,BROADCAST,RUNNING,MULTICAST>, lo 73, ifb0
    // 130
    assertEquals("up,broadcast,running,multicast", s.get("eth0").flags());
    assertTrue(s.get("eth0").isup());
    assertEquals("up,loopback,running", s.get("lo").flags(), "operstate unknown counts as up");
    assertEquals("broadcast,noarp", s.get("ifb0").flags());
    assertFalse(s.get("ifb0").isup());
    assertEquals(1400, s.get("eth0").mtu());
    assertEquals(0, s.get("eth0").speed(), "speed -1 (SPEED_UNKNOWN) is 0");
    assertEquals(NicDuplex.NIC_DUPLEX_UNKNOWN, s.get("eth0").duplex());
  }

  @Test
  void logicalCpusFromSysfsOnline() {
    assertEquals(2, platform(ROOT).cpuCountLogical().getAsInt());
  }

  @Test
  void logicalCpusFallBackToCpuinfo(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("proc"));
    Files.createDirectories(tmp.resolve("sys"));
    Files.copy(ROOT.resolve("proc/cpuinfo"), tmp.resolve("proc/cpuinfo"));
    Files.write(
        tmp.resolve("proc/stat"),
        "cpu 1 2 3 4\ncpu0 1 2 3 4\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals(2, platform(tmp).cpuCountLogical().getAsInt(), "2 processor entries in cpuinfo");
  }

  @Test
  void cpuFreqWithoutCpufreqIsCpuinfoMhzWithZeroLimits() {
    List<CpuFreq> f = platform(ROOT).cpuFreqPercpu();
    assertEquals(2, f.size());
    assertEquals(2096.006, f.get(0).current());
    assertEquals(Optional.of(0.0), f.get(0).min());
  }

  @Test
  void cpuFreqFromPoliciesSharedByCpus(@TempDir Path tmp) throws IOException {
    Path policy = tmp.resolve("sys/devices/system/cpu/cpufreq/policy0");
    Files.createDirectories(policy);
    write(policy.resolve("affected_cpus"), "0 1");
    write(policy.resolve("scaling_cur_freq"), "1800000");
    write(policy.resolve("scaling_min_freq"), "800000");
    write(policy.resolve("scaling_max_freq"), "3600000");
    Path policy2 = tmp.resolve("sys/devices/system/cpu/cpufreq/policy2");
    Files.createDirectories(policy2);
    write(policy2.resolve("affected_cpus"), "2");
    write(policy2.resolve("scaling_cur_freq"), "2400000");
    write(policy2.resolve("scaling_min_freq"), "1000000");
    write(policy2.resolve("scaling_max_freq"), "2000000");
    Files.createDirectories(tmp.resolve("proc"));
    // 2 MHz lines for 3 mapped CPUs: current comes from scaling_cur_freq
    write(
        tmp.resolve("proc/cpuinfo"),
        "processor\t: 0\ncpu MHz\t: 1.0\nprocessor\t: 1\ncpu MHz\t: 2.0\n");
    List<CpuFreq> f = platform(tmp).cpuFreqPercpu();
    assertEquals(3, f.size(), "one entry per CPU, not per policy (psutil #2512)");
    assertEquals(1800.0, f.get(1).current());
    assertEquals(2400.0, f.get(2).current());
    CpuFreq avg = CpuFreq.average(f).get();
    assertEquals(2000.0, avg.current(), 1e-9);
    assertEquals((3600.0 * 2 + 2000.0) / 3, avg.max().get(), 1e-9);
    // one MHz line per mapped CPU: the cpuinfo fast path (#1851)
    write(tmp.resolve("proc/cpuinfo"), "cpu MHz : 1.0\ncpu MHz : 2.0\ncpu MHz : 3.0\n");
    assertEquals(3.0, platform(tmp).cpuFreqPercpu().get(2).current());
    // no current-frequency file on an online CPU
    write(tmp.resolve("proc/cpuinfo"), "");
    Files.delete(policy2.resolve("scaling_cur_freq"));
    assertThrows(UnsupportedOperationException.class, () -> platform(tmp).cpuFreqPercpu());
    // ... but an offline one is skipped
    Files.createDirectories(tmp.resolve("sys/devices/system/cpu/cpu2"));
    write(tmp.resolve("sys/devices/system/cpu/cpu2/online"), "0");
    assertEquals(2, platform(tmp).cpuFreqPercpu().size());
  }

  /**
   * The CPU-to-policy map one platform keeps follows the online CPUs: a CPU brought online, or
   * taken offline (its policy's affected_cpus then leave it out), shows at the very next read.
   */
  @Test
  void cpuFreqPoliciesFollowTheOnlineCpus(@TempDir Path tmp) throws IOException {
    Path cpus = tmp.resolve("sys/devices/system/cpu");
    policy(cpus, 0, "0 1", "1800000");
    policy(cpus, 2, "2", "2400000");
    write(cpus.resolve("online"), "0-2\n");
    Files.createDirectories(tmp.resolve("proc"));
    write(tmp.resolve("proc/cpuinfo"), "");
    LinuxPlatform platform = platform(tmp);
    assertEquals(List.of(1800.0, 1800.0, 2400.0), currents(platform.cpuFreqPercpu()));
    assertEquals(List.of(1800.0, 1800.0, 2400.0), currents(platform.cpuFreqPercpu()));

    policy(cpus, 3, "3", "3000000");
    write(cpus.resolve("online"), "0-3\n");
    assertEquals(List.of(1800.0, 1800.0, 2400.0, 3000.0), currents(platform.cpuFreqPercpu()));

    write(cpus.resolve("cpufreq/policy0/affected_cpus"), "0");
    write(cpus.resolve("online"), "0,2-3\n");
    assertEquals(List.of(1800.0, 2400.0, 3000.0), currents(platform.cpuFreqPercpu()));
  }

  private static void policy(Path cpus, int n, String affected, String khz) throws IOException {
    Path policy = Files.createDirectories(cpus.resolve("cpufreq/policy" + n));
    write(policy.resolve("affected_cpus"), affected);
    write(policy.resolve("scaling_cur_freq"), khz);
    write(policy.resolve("scaling_min_freq"), "800000");
    write(policy.resolve("scaling_max_freq"), "3600000");
  }

  private static List<Double> currents(List<CpuFreq> freqs) {
    List<Double> out = new ArrayList<>();
    for (CpuFreq f : freqs) {
      out.add(f.current());
    }
    return out;
  }

  @Test
  void usersAreTheUserProcessRecordsAsWhoShowsThem() {
    List<User> users = platform(ROOT).users();
    String who = Tool.run("who", ROOT.resolve("var/run/utmp").toString());
    String[] lines = who.trim().split("\n");
    assertEquals(lines.length, users.size(), who);
    for (int i = 0; i < lines.length; i++) {
      String[] cols = lines[i].trim().split("\\s+");
      User u = users.get(i);
      assertEquals(cols[0], u.name());
      assertEquals(cols[1], u.terminal().orElse(""));
      // who (TZ=UTC, LC_ALL=C) prints the login time to the minute: "Nov 28 10:00"
      java.time.LocalDateTime t =
          java.time.LocalDateTime.ofEpochSecond((long) u.started(), 0, java.time.ZoneOffset.UTC);
      String started =
          String.format(
              java.util.Locale.ROOT,
              "%s %2d %02d:%02d",
              t.getMonth().getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ROOT),
              t.getDayOfMonth(),
              t.getHour(),
              t.getMinute());
      assertTrue(lines[i].contains(started), started + " vs " + lines[i]);
    }
    assertEquals("192.0.2.10", users.get(0).host());
    assertEquals(1234, users.get(0).pid());
    assertEquals("localhost", users.get(1).host(), "':0' is localhost, as psutil says");
    assertEquals("localhost", users.get(2).host(), "an empty host is localhost");
    assertEquals(1795860000.0, users.get(0).started(), "whole seconds of ut_tv");
  }

  @Test
  void missingUtmpIsNoSessions(@TempDir Path tmp) {
    assertEquals(List.of(), platform(tmp).users());
  }

  @Test
  void connectionsWithoutVisibleOwnersHaveNoPid() {
    LinuxPlatform p = platform(ROOT);
    for (io.psutil4j.Connection c : p.netConnections("all")) {
      assertEquals(-1, c.fd());
      assertFalse(c.pid().isPresent());
    }
    assertFalse(p.netConnections("tcp").isEmpty());
  }

  @Test
  void withoutDiskstatsCountersComeFromSysBlock(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("proc"));
    Files.createDirectories(tmp.resolve("sys/block/sda/sda1"));
    Files.createDirectories(tmp.resolve("sys/block/sda/queue"));
    write(tmp.resolve("sys/block/sda/stat"), "  10 20 30 40 50 60 70 80 0 90 100 0 0 0 0\n");
    write(tmp.resolve("sys/block/sda/sda1/stat"), "  1 2 3 4 5 6 7 8 0 9 10\n");
    Map<String, DiskIoCounters> all = platform(tmp).diskIoCounters(false);
    assertEquals(Set.of("sda", "sda1"), all.keySet());
    DiskIoCounters sda = all.get("sda");
    assertEquals(10, sda.readCount());
    assertEquals(50, sda.writeCount());
    assertEquals(30 * 512, sda.readBytes());
    assertEquals(90, sda.busyTime());
    assertEquals(Set.of("sda"), platform(tmp).diskIoCounters(true).keySet());
  }

  @Test
  void withoutAnyDiskSourceItIsUnsupported(@TempDir Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve("proc"));
    assertThrows(UnsupportedOperationException.class, () -> platform(tmp).diskIoCounters(false));
  }

  private static void write(Path p, String text) throws IOException {
    Files.write(p, text.getBytes(StandardCharsets.US_ASCII));
  }
}

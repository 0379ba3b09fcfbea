package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** System-wide functions against this machine's kernel and its own tools. */
class SystemLiveTest {
  private static final long MB = 1024 * 1024;

  @Test
  void cpuStatsMatchVmstatWithin500() {
    CpuStats s = Psutil.cpuStats();
    long ctxt = Tool.vmstat("CPU context switches");
    long intr = Tool.vmstat("interrupts");
    CpuStats after = Psutil.cpuStats();
    assertTrue(ctxt >= s.ctxSwitches() - 500 && ctxt <= after.ctxSwitches() + 500, s + " " + ctxt);
    assertTrue(intr >= s.interrupts() - 500 && intr <= after.interrupts() + 500, s + " " + intr);
    assertEquals(0, s.syscalls());
    assertTrue(s.softInterrupts() > 0);
  }

  @Test
  void bootTimeMatchesVmstat() {
    assertEquals(Tool.vmstat("boot time"), (long) Psutil.bootTime());
  }

  @Test
  void cpuTimesMatchProcStatWithinOneSecond() throws IOException {
    CpuTimes ours = Psutil.cpuTimes();
    String first =
        new String(Files.readAllBytes(Paths.get("/proc/stat")), StandardCharsets.US_ASCII)
            .split("\n")[0];
    String[] f = first.trim().split("\\s+");
    assertEquals(Long.parseLong(f[1]) / 100.0, ours.user(), 1.0);
    assertEquals(Long.parseLong(f[3]) / 100.0, ours.system(), 1.0);
    assertEquals(Long.parseLong(f[4]) / 100.0, ours.idle(), 2.0 * Psutil.cpuCount().getAsInt());
  }

  @Test
  void cpuCountMatchesNproc() {
    assertEquals(Integer.parseInt(Tool.run("nproc", "--all").trim()), Psutil.cpuCount().getAsInt());
    assertEquals(Psutil.cpuCount().getAsInt(), Psutil.cpuTimesPercpu().size());
  }

  @Test
  void cpuFreqIsPositiveWhenKnown() {
    for (CpuFreq f : Psutil.cpuFreqPercpu()) {
      assertTrue(f.current() > 0, f.toString());
    }
    Psutil.cpuFreq().ifPresent(f -> assertTrue(f.current() > 0));
  }

  /** `free -b` (procps >= 4.0.1: used = total - available) against virtual_memory, 10 MB. */
  @Test
  void virtualAndSwapMemoryMatchFree() {
    VirtualMemory before = Psutil.virtualMemory();
    String[] mem = null;
    String[] swap = null;
    for (String line : Tool.run("free", "-b").split("\n")) {
      if (line.startsWith("Mem:")) {
        mem = line.trim().split("\\s+");
      } else if (line.startsWith("Swap:")) {
        swap = line.trim().split("\\s+");
      }
    }
    VirtualMemory vm = Psutil.virtualMemory();
    assertEquals(Long.parseLong(mem[1]), vm.total());
    within(Long.parseLong(mem[2]), before.used(), vm.used(), "used");
    within(Long.parseLong(mem[3]), before.free(), vm.free(), "free");
    within(Long.parseLong(mem[4]), before.shared(), vm.shared(), "shared");
    within(
        Long.parseLong(mem[5]),
        before.buffers() + before.cached(),
        vm.buffers() + vm.cached(),
        "buff/cache");
    within(Long.parseLong(mem[6]), before.available(), vm.available(), "available");
    assertEquals(before.total(), vm.total());
    SwapMemory sw = Psutil.swapMemory();
    assertEquals(Long.parseLong(swap[1]), sw.total());
    assertEquals(Long.parseLong(swap[2]), sw.used(), 10 * MB);
  }

  /**
   * vmstat -s against virtual_memory, 10 MB. Memory moves while the tool runs (other builds on this
   * host), so the tool's value must lie within 10 MB of the range our samples before and after it
   * span.
   */
  @Test
  void virtualMemoryMatchesVmstatWithin10Mb() {
    String[] labels = {"K free memory", "K active memory", "K inactive memory"};
    for (int field = 0; field < labels.length; field++) {
      long before = field(Psutil.virtualMemory(), field);
      long tool = Tool.vmstat(labels[field]) * 1024;
      long after = field(Psutil.virtualMemory(), field);
      assertTrue(
          tool >= Math.min(before, after) - 10 * MB && tool <= Math.max(before, after) + 10 * MB,
          labels[field] + ": vmstat " + tool + ", ours " + before + ".." + after);
    }
    assertEquals(Tool.vmstat("K total memory") * 1024, Psutil.virtualMemory().total());
  }

  /** The tool's value lies within 10 MB of the range our two samples around it span. */
  private static void within(long tool, long before, long after, String what) {
    assertTrue(
        tool >= Math.min(before, after) - 10 * MB && tool <= Math.max(before, after) + 10 * MB,
        what + ": tool " + tool + ", ours " + before + ".." + after);
  }

  private static long field(VirtualMemory vm, int i) {
    return i == 0 ? vm.free() : i == 1 ? vm.active() : vm.inactive();
  }

  @Test
  void pidsAreSortedProcessesWithoutThreads() throws Exception {
    java.lang.Process child = new ProcessBuilder("sleep", "30").start();
    try {
      List<Integer> pids = Psutil.pids();
      for (int i = 1; i < pids.size(); i++) {
        assertTrue(pids.get(i - 1) < pids.get(i), "sorted, no duplicates");
      }
      assertTrue(pids.contains((int) child.pid()));
      long self = ProcessHandle.current().pid();
      assertTrue(pids.contains((int) self));
      assertTrue(Psutil.pidExists(self));
      assertTrue(Psutil.pidExists(child.pid()));
      assertFalse(Psutil.pidExists(0));
      assertFalse(Psutil.pidExists(-1));
      int tids = 0;
      try (java.util.stream.Stream<Path> tasks = Files.list(Paths.get("/proc/self/task"))) {
        for (Path t : (Iterable<Path>) tasks::iterator) {
          int tid = Integer.parseInt(t.getFileName().toString());
          if (tid != self) {
            tids++;
            assertFalse(pids.contains(tid), "thread id " + tid + " listed");
            assertFalse(Psutil.pidExists(tid), "thread id " + tid + " exists as a pid");
          }
        }
      }
      assertTrue(tids > 0, "a JVM has threads");
      // `ps -e` on the same host sees the same processes, but for ones that come and go meanwhile
      Set<Integer> ps = new HashSet<>();
      for (String line : Tool.run("ps", "-e", "-o", "pid=").split("\n")) {
        ps.add(Integer.parseInt(line.trim()));
      }
      Set<Integer> ours = new HashSet<>(Psutil.pids());
      Set<Integer> onlyPs = new HashSet<>(ps);
      onlyPs.removeAll(ours);
      assertTrue(onlyPs.size() <= 5, "ps saw pids we did not: " + onlyPs);
    } finally {
      child.destroy();
      child.waitFor();
    }
    assertFalse(Psutil.pidExists(child.pid()), "reaped child is gone");
  }

  @Test
  void usersMatchWho() {
    String who = Tool.run("who").trim();
    List<User> users = Psutil.users();
    assertEquals(who.isEmpty() ? 0 : who.split("\n").length, users.size(), who);
    // field by field: who prints NAME LINE DATE TIME [(HOST)], in utmp order as we read it
    String[] lines = who.isEmpty() ? new String[0] : who.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String[] f = lines[i].trim().split("\\s+");
      assertEquals(f[0], users.get(i).name(), lines[i]);
      assertEquals(f[1], users.get(i).terminal().orElse("?"), lines[i]);
      String host = users.get(i).host();
      assertEquals(
          host.isEmpty() ? "" : "(" + host + ")", lines[i].replaceAll("^.*?(\\(.*\\))?$", "$1"));
    }
  }

  @Test
  void diskUsageMatchesDf() {
    for (String mount : new String[] {"/", "/dev/shm", "/tmp"}) {
      if (!Files.isDirectory(Paths.get(mount))) {
        continue;
      }
      String[] lines = Tool.run("df", "-P", "-B1", mount).trim().split("\n");
      String[] f = lines[1].trim().split("\\s+");
      DiskUsage u = Psutil.diskUsage(mount);
      assertEquals(Long.parseLong(f[1]), u.total(), mount);
      assertEquals(Long.parseLong(f[2]), u.used(), 10 * MB, mount);
      assertEquals(Long.parseLong(f[3]), u.free(), 10 * MB, mount);
    }
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> Psutil.diskUsage("/no/such/path/here"));
    assertTrue(e.getCause() instanceof NoSuchFileException);
  }

  @Test
  void diskPartitionsAreMountedAndFiltered() {
    List<DiskPartition> physical = Psutil.diskPartitions();
    List<DiskPartition> all = Psutil.diskPartitions(true);
    assertTrue(all.containsAll(physical));
    assertTrue(all.size() > physical.size(), "proc, sysfs and tmpfs are left out");
    Set<String> findmnt = new HashSet<>();
    for (String line : Tool.run("findmnt", "-rn", "-o", "TARGET").split("\n")) {
      findmnt.add(line.replace("\\x20", " "));
    }
    for (DiskPartition p : all) {
      assertTrue(findmnt.contains(p.mountpoint()), p + " not in findmnt");
    }
    for (DiskPartition p : physical) {
      assertFalse(p.device().isEmpty());
      assertFalse(p.fstype().isEmpty());
      assertTrue(Files.exists(Paths.get(p.mountpoint())));
      assertFalse(p.fstype().equals("tmpfs") || p.fstype().equals("proc"), p.toString());
    }
  }

  @Test
  void diskIoCountersMatchSysBlockStat() throws IOException {
    Map<String, DiskIoCounters> perdisk = Psutil.diskIoCountersPerdisk(false);
    int checked = 0;
    for (Map.Entry<String, DiskIoCounters> e : perdisk.entrySet()) {
      Path stat = Paths.get("/sys/block", e.getKey(), "stat");
      if (!Files.exists(stat)) {
        continue;
      }
      String[] f =
          new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII).trim().split("\\s+");
      DiskIoCounters d = e.getValue();
      assertEquals(Long.parseLong(f[0]), d.readCount(), 100, e.getKey());
      assertEquals(Long.parseLong(f[2]) * 512, d.readBytes(), MB, e.getKey());
      assertEquals(Long.parseLong(f[4]), d.writeCount(), 1000, e.getKey());
      checked++;
    }
    assertTrue(checked > 0);
    DiskIoCounters total = Psutil.diskIoCounters().get();
    long sum = 0;
    for (Map.Entry<String, DiskIoCounters> e : perdisk.entrySet()) {
      if (Files.exists(Paths.get("/sys/block", e.getKey()))) {
        sum += e.getValue().readCount();
      }
    }
    assertEquals(sum, total.readCount(), 100, "total sums whole disks only");
  }

  @Test
  void netIoCountersMatchSysfsStatistics() throws IOException {
    Map<String, NetIoCounters> pernic = Psutil.netIoCountersPernic(false);
    Set<String> sysNics = new HashSet<>();
    try (java.util.stream.Stream<Path> s = Files.list(Paths.get("/sys/class/net"))) {
      s.forEach(p -> sysNics.add(p.getFileName().toString()));
    }
    assertEquals(sysNics, pernic.keySet());
    for (Map.Entry<String, NetIoCounters> e : pernic.entrySet()) {
      Path stats = Paths.get("/sys/class/net", e.getKey(), "statistics");
      assertEquals(read(stats.resolve("rx_bytes")), e.getValue().bytesRecv(), 10 * 1024);
      assertEquals(read(stats.resolve("tx_bytes")), e.getValue().bytesSent(), 10 * 1024);
      assertEquals(read(stats.resolve("rx_packets")), e.getValue().packetsRecv(), 1024);
      assertEquals(read(stats.resolve("tx_packets")), e.getValue().packetsSent(), 1024);
      assertEquals(read(stats.resolve("rx_errors")), e.getValue().errin(), 10);
      assertEquals(read(stats.resolve("tx_errors")), e.getValue().errout(), 10);
      assertEquals(read(stats.resolve("rx_dropped")), e.getValue().dropin(), 10);
      assertEquals(read(stats.resolve("tx_dropped")), e.getValue().dropout(), 10);
    }
    NetIoCounters total = Psutil.netIoCounters().get();
    long sum = 0;
    for (NetIoCounters n : Psutil.netIoCountersPernic(true).values()) {
      sum += n.bytesRecv();
    }
    assertEquals(sum, total.bytesRecv(), 10 * 1024);
  }

  @Test
  void nicStatsMatchIfconfig() {
    Map<String, NicStats> stats = Psutil.netIfStats();
    for (String block : Tool.run("ifconfig", "-a").split("\n\n")) {
      if (block.isBlank()) {
        continue;
      }
      String nic = block.substring(0, block.indexOf(':'));
      String flags = block.substring(block.indexOf('<') + 1, block.indexOf('>'));
      NicStats s = stats.get(nic);
      assertEquals(flags.toLowerCase(java.util.Locale.ROOT), s.flags(), nic);
      assertEquals(flags.contains("RUNNING"), s.isup(), nic);
      int mtu = Integer.parseInt(block.replaceAll("(?s).*mtu (\\d+).*", "$1"));
      assertEquals(mtu, s.mtu(), nic);
    }
    assertEquals(Psutil.netIoCountersPernic(false).keySet(), stats.keySet());
  }

  @Test
  void nicAddressesIncludeEveryIpAddrAddress() {
    Map<String, List<NicAddress>> addrs = Psutil.netIfAddrs();
    assertEquals(Psutil.netIfStats().keySet(), addrs.keySet());
    for (String line : Tool.run("ip", "-o", "addr").split("\n")) {
      String[] f = line.trim().split("\\s+");
      String nic = f[1];
      String family = f[2];
      String addr = f[3].substring(0, f[3].indexOf('/'));
      int prefix = Integer.parseInt(f[3].substring(f[3].indexOf('/') + 1));
      boolean found = false;
      for (NicAddress a : addrs.get(nic)) {
        String ours = a.address().orElse("");
        if (ours.equals(addr) || ours.equals(addr + "%" + nic)) {
          found = true;
          assertEquals(
              family.equals("inet") ? AddressFamily.AF_INET : AddressFamily.AF_INET6, a.family());
          if (family.equals("inet")) {
            int bits = 0;
            for (String octet : a.netmask().get().split("\\.")) {
              bits += Integer.bitCount(Integer.parseInt(octet));
            }
            assertEquals(prefix, bits);
            int brd = java.util.Arrays.asList(f).indexOf("brd");
            assertEquals(brd < 0 ? null : f[brd + 1], a.broadcast().orElse(null));
          }
        }
      }
      assertTrue(found, addr + " of " + nic + " missing: " + addrs.get(nic));
    }
    for (String line : Tool.run("ip", "-o", "link").split("\n")) {
      String nic = line.split(":\\s+")[1].split("@")[0];
      String mac = line.replaceAll(".*link/\\S+ (\\S+).*", "$1");
      boolean has =
          addrs.get(nic).stream()
              .anyMatch(a -> a.family() == AddressFamily.AF_LINK && a.address().get().equals(mac));
      assertTrue(has, nic + " " + mac + " " + addrs.get(nic));
    }
  }

  @Test
  void listeningTcpPortsMatchSs() throws IOException {
    java.net.ServerSocket server =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
    java.net.DatagramSocket udp =
        new java.net.DatagramSocket(0, java.net.InetAddress.getLoopbackAddress());
    try {
      Set<String> ss = new HashSet<>();
      for (String line : Tool.run("ss", "-tanH", "state", "listening").split("\n")) {
        String local = line.trim().split("\\s+")[2];
        // ss writes a dual-stack IPv6 wildcard ([::] with IPV6_V6ONLY off) as *:PORT
        local = local.startsWith("*:") ? "[::]" + local.substring(1) : local;
        ss.add(local.replace("[", "").replace("]", "").replace("::ffff:", ""));
      }
      List<Connection> conns = Psutil.netConnections("tcp");
      Set<String> ours = new HashSet<>();
      for (Connection c : conns) {
        if (c.status() == ConnectionStatus.CONN_LISTEN) {
          ours.add(c.laddr().get().ip().replace("::ffff:", "") + ":" + c.laddr().get().port());
        }
      }
      assertEquals(ss, ours);
      int self = (int) ProcessHandle.current().pid();
      assertTrue(
          conns.stream()
              .anyMatch(
                  c ->
                      c.laddr().get().port() == server.getLocalPort()
                          && c.pid().orElse(-1) == self
                          && c.fd() >= 0
                          && c.status() == ConnectionStatus.CONN_LISTEN),
          "our listening socket with our pid");
      // without owners: the same listening sockets, no pid, no fd
      List<Connection> bare = Platforms.current().netConnectionsWithoutPids("tcp");
      assertTrue(bare.stream().allMatch(c -> !c.pid().isPresent() && c.fd() == -1), "no owners");
      assertTrue(
          bare.stream()
              .anyMatch(
                  c ->
                      c.laddr().get().port() == server.getLocalPort()
                          && c.status() == ConnectionStatus.CONN_LISTEN),
          "our listening socket, owner not looked up");
      assertTrue(
          Psutil.netConnections("udp").stream()
              .anyMatch(
                  c ->
                      c.laddr().get().port() == udp.getLocalPort()
                          && c.status() == ConnectionStatus.CONN_NONE
                          && c.pid().orElse(-1) == self));
      for (Connection c : Psutil.netConnections("unix")) {
        assertEquals(ConnectionStatus.CONN_NONE, c.status());
        assertEquals("", c.asDict().get("raddr"));
      }
      // psutil returns a set: no socket twice (one call: the machine's sockets move meanwhile)
      List<Connection> all = Psutil.netConnections("all");
      assertEquals(new HashSet<>(all).size(), all.size());
    } finally {
      server.close();
      udp.close();
    }
  }

  /** ss -p names each listening socket's owners as (pid, fd): psutil's first owner is one. */
  @Test
  void listeningSocketOwnersMatchSsProcesses() throws IOException {
    try (java.net.ServerSocket server =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Map<String, Set<String>> ssOwners = new HashMap<>();
      java.util.regex.Pattern owner = java.util.regex.Pattern.compile("pid=([0-9]+),fd=([0-9]+)");
      for (String line : Tool.run("ss", "-tlnpH").split("\n")) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 4) {
          continue;
        }
        String local = f[3].replace("[", "").replace("]", "").replace("::ffff:", "");
        java.util.regex.Matcher m = owner.matcher(line);
        Set<String> owners = ssOwners.computeIfAbsent(local, k -> new HashSet<>());
        while (m.find()) {
          owners.add(m.group(1) + "/" + m.group(2));
        }
      }
      int checked = 0;
      for (Connection c : Psutil.netConnections("tcp")) {
        if (c.status() != ConnectionStatus.CONN_LISTEN || !c.pid().isPresent()) {
          continue;
        }
        String local = c.laddr().get().ip().replace("::ffff:", "") + ":" + c.laddr().get().port();
        String local6 = "*:" + c.laddr().get().port(); // ss's dual-stack wildcard
        Set<String> owners = ssOwners.getOrDefault(local, ssOwners.get(local6));
        assertTrue(owners != null, local + " listens for us but not for ss: " + ssOwners);
        assertTrue(owners.contains(c.pid().get() + "/" + c.fd()), c + " vs ss " + owners);
        checked++;
      }
      String ours = "127.0.0.1:" + server.getLocalPort();
      assertTrue(
          ssOwners.get(ours).contains(ProcessHandle.current().pid() + "/" + ownFd(server)),
          "ss sees our server socket: " + ssOwners.get(ours));
      assertTrue(checked > 0, "no listening socket with an owner was compared");
    }
  }

  /** The fd of our server socket, as psutil reports it. */
  private static int ownFd(java.net.ServerSocket server) {
    int port = server.getLocalPort();
    return Psutil.netConnections("tcp").stream()
        .filter(c -> c.laddr().get().port() == port && c.status() == ConnectionStatus.CONN_LISTEN)
        .mapToInt(Connection::fd)
        .findFirst()
        .getAsInt();
  }

  @Test
  void unknownKindListsTheValidOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Psutil.netConnections("tcp5"));
    assertTrue(e.getMessage().contains("'tcp5'"), e.getMessage());
    for (String kind : Psutil.CONNECTION_KINDS) {
      assertTrue(e.getMessage().contains(kind), e.getMessage());
      Psutil.netConnections(kind);
    }
  }

  private static long read(Path p) throws IOException {
    return Long.parseLong(new String(Files.readAllBytes(p), StandardCharsets.US_ASCII).trim());
  }
}

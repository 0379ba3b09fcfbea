package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Battery;
import io.psutil4j.BatteryTime;
import io.psutil4j.Fan;
import io.psutil4j.Temperature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each system-wide command run through Main, its output checked against the kernel. */
class SystemCommandsTest {
  /** Exit code, stdout, stderr of one command line. */
  private static String[] run(String... argv) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc =
        Main.run(
            Arrays.asList(argv),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {
      Integer.toString(rc),
      out.toString(StandardCharsets.UTF_8),
      err.toString(StandardCharsets.UTF_8)
    };
  }

  private static String tool(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).start();
    InputStream in = p.getInputStream();
    try {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, p.waitFor(), Arrays.toString(command));
      return text;
    } finally {
      in.close();
    }
  }

  private static String sys(String path) throws IOException {
    return new String(Files.readAllBytes(Paths.get(path)), StandardCharsets.US_ASCII).trim();
  }

  private static long meminfoKb(String key) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.replaceAll("\\D+", ""));
      }
    }
    throw new AssertionError(key);
  }

  @Test
  void meminfoShowsTheKernelsTotals() throws IOException {
    String[] r = run("meminfo");
    assertEquals("0", r[0]);
    assertTrue(r[1].startsWith("MEMORY\n------\n"), r[1]);
    assertTrue(
        r[1].contains(Py.format("%-10s : %7s", "Total", Bytes.human(meminfoKb("MemTotal") * 1024))),
        r[1]);
    assertTrue(r[1].contains("\nSWAP\n----\n"));
    assertTrue(
        r[1].contains(
            Py.format("%-10s : %7s", "Total", Bytes.human(meminfoKb("SwapTotal") * 1024))));
    assertEquals(11 + 6 + 5, r[1].trim().split("\n").length, "11 svmem + 6 sswap fields + headers");
  }

  @Test
  void diskUsageListsRootLikeDf() throws Exception {
    String[] df = tool("df", "-P", "-B1", "/").trim().split("\n")[1].trim().split("\\s+");
    String[] r = run("disk_usage");
    assertEquals("0", r[0]);
    String rootLine =
        Arrays.stream(r[1].split("\n")).filter(l -> l.endsWith("  /")).findFirst().orElseThrow();
    assertTrue(rootLine.startsWith(df[0]), rootLine + " vs " + df[0]);
    assertTrue(rootLine.contains(Bytes.human(Long.parseLong(df[1]))), rootLine);
    assertTrue(r[1].startsWith("Device "));
  }

  @Test
  void netstatShowsOurListeningSocketAndEveryListener() throws Exception {
    java.net.ServerSocket server =
        new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
    try {
      String[] r = run("netstat");
      assertEquals("0", r[0]);
      String self = Long.toString(ProcessHandle.current().pid());
      assertTrue(
          Arrays.stream(r[1].split("\n"))
              .anyMatch(
                  l ->
                      l.startsWith("tcp")
                          && l.contains("127.0.0.1:" + server.getLocalPort() + " ")
                          && l.contains(" LISTEN ")
                          && l.contains(" " + self + " ")),
          r[1]);
      long ours = Arrays.stream(r[1].split("\n")).filter(l -> l.contains(" LISTEN ")).count();
      long ss = tool("ss", "-tlnH").trim().split("\n").length;
      assertEquals(ss, ours, r[1]);
    } finally {
      server.close();
    }
  }

  @Test
  void ifconfigShowsEveryNicWithSysfsMtuAndMac() throws IOException {
    String[] r = run("ifconfig");
    assertEquals("0", r[0]);
    try (DirectoryStream<Path> nics = Files.newDirectoryStream(Paths.get("/sys/class/net"))) {
      for (Path nic : nics) {
        String name = nic.getFileName().toString();
        String block = r[1].substring(r[1].indexOf(name + ":\n"));
        block = block.substring(0, block.indexOf("\n\n"));
        assertTrue(block.contains("mtu=" + sys(nic + "/mtu") + ","), block);
        assertTrue(block.contains("MAC  address   : " + sys(nic + "/address")), block);
      }
    }
  }

  @Test
  void nettopOneFrameCoversEveryNic() throws IOException {
    String[] r = run("nettop", "-n", "1");
    assertEquals("0", r[0]);
    assertTrue(r[1].startsWith("total bytes:"), r[1]);
    List<String> dev = Files.readAllLines(Paths.get("/proc/net/dev"));
    for (String line : dev.subList(2, dev.size())) {
      String nic = line.substring(0, line.indexOf(':')).trim();
      assertTrue(r[1].contains("\n" + Py.format("%-15s %15s %15s", nic, "TOTAL", "PER-SEC")), nic);
    }
  }

  @Test
  void cpuDistributionOneFrameHasEveryOnlineCpu() throws Exception {
    int n = Integer.parseInt(tool("nproc", "--all").trim());
    int shown = Math.min(n, CpuDistribution.MAX_CPUS);
    String[] r = run("cpu_distribution", "-n", "1");
    assertEquals("0", r[0]);
    List<String> lines = r[1].lines().collect(java.util.stream.Collectors.toList());
    for (int cpu = 0; cpu < shown; cpu++) {
      assertTrue(lines.get(0).startsWith("CPU " + cpu, 10 * cpu), lines.get(0));
    }
    assertEquals(n > CpuDistribution.MAX_CPUS, lines.get(0).endsWith(" (+ hidden)"), lines.get(0));
    String[] percents = lines.get(1).trim().split("\\s+");
    assertEquals(shown, percents.length, lines.get(1));
    for (String p : percents) {
      assertTrue(Double.parseDouble(p) >= 0 && Double.parseDouble(p) <= 100, lines.get(1));
    }
    // no bar row: the process rows follow, as many as fill the terminal (24 lines when piped)
    assertEquals(2 + Math.max(1, Terminal.lines() - 3), lines.size(), r[1]);
    assertTrue(lines.get(2).length() > 0, r[1]);
    for (String row : lines.subList(2, lines.size())) {
      assertTrue(row.length() <= 10 * shown, row);
      for (int cpu = 0; cpu * 10 < row.length(); cpu++) {
        String cell = row.substring(cpu * 10, Math.min(row.length(), cpu * 10 + 10));
        assertTrue(cell.trim().length() <= 5 && !cell.startsWith(" ") || cell.isBlank(), row);
      }
    }
  }

  @Test
  void cpuDistributionLaysOutAsTheScript() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    List<Double> ten = List.of(0.0, 12.5, 100.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0);
    CpuDistribution.frame(ten, new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertEquals(
        "CPU 0     CPU 1     CPU 2     CPU 3     CPU 4     CPU 5     CPU 6     CPU 7      (+ hidden)\n"
            + "0.0       12.5      100.0     3.0       4.0       5.0       6.0       7.0\n",
        buf.toString(StandardCharsets.UTF_8));
    // CPU 0 has run out first: the names of CPU 1 and 2 stay in their columns
    assertEquals(
        List.of("          java      kwork", "          syste", "", ""),
        CpuDistribution.rows(List.of(List.of(), List.of("syste", "java"), List.of("kwork")), 4));
  }

  @Test
  void whoListsWhatWhoLists() throws Exception {
    String[] r = run("who");
    assertEquals("0", r[0]);
    String who = tool("who").trim();
    assertEquals(
        who.isEmpty() ? 0 : who.split("\n").length,
        r[1].isEmpty() ? 0 : r[1].trim().split("\n").length);
  }

  @Test
  void sensorCommandsFollowTheKernel() throws IOException {
    boolean hwmonTemps = false;
    boolean fans = false;
    Path hwmon = Paths.get("/sys/class/hwmon");
    if (Files.isDirectory(hwmon)) {
      try (DirectoryStream<Path> chips = Files.newDirectoryStream(hwmon)) {
        for (Path chip : chips) {
          try (DirectoryStream<Path> t = Files.newDirectoryStream(chip, "temp*_input")) {
            hwmonTemps |= t.iterator().hasNext();
          }
          try (DirectoryStream<Path> f = Files.newDirectoryStream(chip, "fan*_input")) {
            fans |= f.iterator().hasNext();
          }
        }
      }
    }
    boolean zones = false;
    if (Files.isDirectory(Paths.get("/sys/class/thermal"))) {
      try (DirectoryStream<Path> z =
          Files.newDirectoryStream(Paths.get("/sys/class/thermal"), "thermal_zone*")) {
        zones = z.iterator().hasNext();
      }
    }
    boolean battery = false;
    if (Files.isDirectory(Paths.get("/sys/class/power_supply"))) {
      try (DirectoryStream<Path> s =
          Files.newDirectoryStream(Paths.get("/sys/class/power_supply"))) {
        for (Path p : s) {
          String n = p.getFileName().toString();
          battery |=
              n.startsWith("BAT") || n.toLowerCase(java.util.Locale.ROOT).contains("battery");
        }
      }
    }
    String[] t = run("temperatures");
    assertEquals(hwmonTemps || zones ? "0" : "1", t[0]);
    if (!hwmonTemps && !zones) {
      assertEquals("can't read any temperature\n", t[2]);
    }
    String[] f = run("fans");
    assertEquals("0", f[0]);
    assertEquals(!fans, f[1].equals("no fans detected\n"), f[1]);
    String[] b = run("battery");
    assertEquals(battery ? "0" : "1", b[0]);
    String[] s = run("sensors");
    assertEquals("0", s[0]);
    assertEquals(
        !hwmonTemps && !zones && !fans && !battery,
        s[1].equals("can't read any temperature, fans or battery info\n"),
        s[1]);
  }

  @Test
  void sensorsWithNothingToShowSaysSoOnStdoutAsTheScriptDoes() {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    SensorsText.sensors(
        Map.of(), Map.of(), Optional.empty(), new PrintStream(buf, true, StandardCharsets.UTF_8));
    assertEquals(
        "can't read any temperature, fans or battery info\n", buf.toString(StandardCharsets.UTF_8));
  }

  @Test
  void sensorLayoutsAreThoseOfPsutilsScripts() {
    Map<String, List<Temperature>> temps =
        Map.of("coretemp", List.of(Temperature.of("Core 0", 45.0, 100.0, 100.0)));
    Map<String, List<Fan>> fans = Map.of("thinkpad", List.of(Fan.of("", 2900)));
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buf, true, StandardCharsets.UTF_8);
    SensorsText.temperatures(temps, out);
    SensorsText.fans(fans, out);
    SensorsText.battery(Battery.of(49.567, 7384, false), "", out);
    SensorsText.battery(Battery.of(100.0, BatteryTime.POWER_TIME_UNLIMITED, true), "", out);
    SensorsText.sensors(temps, fans, Optional.empty(), out);
    assertEquals(
        "coretemp\n"
            + "    Core 0               45.0 °C (high = 100.0 °C, critical = 100.0 °C)\n\n"
            + "thinkpad\n"
            + "    thinkpad             2900 RPM\n\n"
            + "charge:     49.57%\n"
            + "left:       2:03:04\n"
            + "status:     discharging\n"
            + "plugged in: no\n"
            + "charge:     100.0%\n"
            + "status:     fully charged\n"
            + "plugged in: yes\n"
            + "coretemp\n"
            + "    Temperatures:\n"
            + "        Core 0               45.0°C (high=100.0°C, critical=100.0°C)\n"
            + "thinkpad\n"
            + "    Fans:\n"
            + "        thinkpad             2900 RPM\n",
        buf.toString(StandardCharsets.UTF_8));
  }

  @Test
  void badArgumentsAreUsageErrors() {
    for (String cmd :
        new String[] {"meminfo", "disk_usage", "netstat", "ifconfig", "who", "sensors", "fans"}) {
      assertEquals("2", run(cmd, "--bogus")[0], cmd);
    }
    assertEquals("2", run("nettop", "-n", "0")[0]);
    assertEquals("2", run("cpu_distribution", "-n", "x")[0]);
  }

  @Test
  void dumpCarriesEverySystemWideKeyOfTheContract() {
    String[] r = run("dump");
    assertEquals("0", r[0], r[2]);
    for (String key :
        new String[] {
          "cpu_count",
          "cpu_times",
          "cpu_times_percpu",
          "cpu_stats",
          "cpu_freq",
          "cpu_freq_percpu",
          "getloadavg",
          "virtual_memory",
          "swap_memory",
          "boot_time",
          "users",
          "pids",
          "disk_partitions",
          "disk_partitions_all",
          "disk_usage",
          "disk_io_counters",
          "disk_io_counters_perdisk",
          "net_io_counters",
          "net_io_counters_pernic",
          "net_if_addrs",
          "net_if_stats",
          "net_connections",
          "sensors_temperatures",
          "sensors_fans",
          "sensors_battery"
        }) {
      assertTrue(r[1].contains("\"" + key + "\":"), key);
    }
    assertTrue(r[1].contains("\"ctx_switches\":"));
    assertTrue(r[1].contains("\"bytes_sent\":"));
    assertTrue(r[1].contains("\"read_bytes\":"));
    assertTrue(r[1].contains("\"family\":\"AF_LINK\""));
    String pids = r[1].substring(r[1].indexOf("\"pids\":["));
    pids = pids.substring(0, pids.indexOf(']') + 1);
    assertTrue(
        pids.matches(".*[\\[,]" + ProcessHandle.current().pid() + "[,\\]].*"), "our pid in pids");
  }
}

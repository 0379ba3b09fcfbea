package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.spi.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** Host's Users, PidCount and Uname and Cpu's cpu_stats, against the kernel, `who` and `uname`. */
class HostAndCpuTest {
  private static long procPids() throws IOException {
    long n = 0;
    try (DirectoryStream<Path> d = Files.newDirectoryStream(Paths.get("/proc"))) {
      for (Path p : d) {
        if (p.getFileName().toString().chars().allMatch(Character::isDigit)) {
          n++;
        }
      }
    }
    return n;
  }

  private static long statField(String key) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.US_ASCII)) {
      if (line.startsWith(key + " ")) {
        return Long.parseLong(line.split(" ")[1]);
      }
    }
    throw new AssertionError(key + " not in /proc/stat");
  }

  @Test
  void pidCountUsersAndContextSwitchesAreTheKernels() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("hc.psutil4j", 0));
    try {
      ObjectName host = new ObjectName("hc.psutil4j:type=Host");
      long before = procPids();
      int count = (Integer) server.getAttribute(host, "PidCount");
      long after = procPids();
      // processes come and go on a busy machine: within 20 of the counts taken around ours
      assertTrue(
          count >= Math.min(before, after) - 20 && count <= Math.max(before, after) + 20,
          count + " vs /proc " + before + ".." + after);

      Process who = new ProcessBuilder("who").redirectErrorStream(true).start();
      String out = new String(who.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, who.waitFor());
      long sessions = out.lines().filter(l -> !l.isBlank()).count();
      assertEquals((int) sessions, server.getAttribute(host, "Users"), out);

      Process uname = new ProcessBuilder("uname", "-snrvm").redirectErrorStream(true).start();
      String line = new String(uname.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(0, uname.waitFor());
      assertEquals(line.trim(), server.getAttribute(host, "Uname"));

      ObjectName cpu = new ObjectName("hc.psutil4j:type=Cpu");
      long ctxtBefore = statField("ctxt");
      long ctx = (Long) server.getAttribute(cpu, "CtxSwitches");
      long ctxtAfter = statField("ctxt");
      assertTrue(ctx >= ctxtBefore && ctx <= ctxtAfter, ctxtBefore + " <= " + ctx);
      long intrBefore = statField("intr");
      long intr = (Long) server.getAttribute(cpu, "Interrupts");
      long intrAfter = statField("intr");
      assertTrue(intr >= intrBefore && intr <= intrAfter, intrBefore + " <= " + intr);
    } finally {
      r.close();
    }
  }

  @Test
  void oneCpuSnapshotAsksForProcStatOnce() throws Exception {
    Map<String, Integer> calls = new ConcurrentHashMap<>();
    Platform counting = CountingPlatform.counting(calls);
    Readings readings = CpuTable.readings(counting, Readings.cached(0));
    calls.clear(); // the readings take the first sample for Percent
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ObjectName name = new ObjectName("test:type=Cpu");
    server.registerMBean(new TableMBean(CpuTable.TABLE, readings), name);
    String[] all = {"User", "Idle", "Percent", "CtxSwitches", "Interrupts", "LogicalCount"};

    assertEquals(all.length, server.getAttributes(name, all).size());

    assertEquals(1, calls.getOrDefault("cpuTimesAndStats", 0), calls::toString);
    assertEquals(0, calls.getOrDefault("cpuTimes", 0), calls::toString);
    assertEquals(0, calls.getOrDefault("cpuStats", 0), calls::toString);
  }
}

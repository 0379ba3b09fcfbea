package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Network against /proc/net/dev and ss; Sensors against the laptop fixture's expected values. */
class NetworkAndSensorsTest {
  private static long recvTotal() throws IOException {
    long sum = 0;
    for (String line : Files.readAllLines(Paths.get("/proc/net/dev"), StandardCharsets.US_ASCII)) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.contains("|")) {
        sum += Long.parseLong(line.substring(colon + 1).trim().split("\\s+")[0]);
      }
    }
    return sum;
  }

  private static long ssListening() throws Exception {
    java.lang.Process ss = new ProcessBuilder("ss", "-H", "-t", "-l", "-n").start();
    String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertEquals(0, ss.waitFor());
    return out.lines().filter(l -> !l.isBlank()).count();
  }

  @Test
  void networkTotalsAndListeningSocketsAreTheKernels() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("net", 0));
    java.net.ServerSocket listening = new java.net.ServerSocket(0);
    try {
      ObjectName net = new ObjectName("net:type=Network");
      assertNull(server.getAttribute(net, "ReadingAgeSeconds"), "no reading yet");
      long before = recvTotal();
      long totalsAsked = System.nanoTime();
      long recv = (Long) server.getAttribute(net, "BytesRecv");
      long totalsAnswered = System.nanoTime();
      long after = recvTotal();
      assertTrue(recv >= before && recv <= after, before + " <= " + recv + " <= " + after);
      long ssBefore = ssListening();
      int listen = (Integer) server.getAttribute(net, "ConnectionsListen");
      long ssAfter = ssListening();
      assertTrue(listen >= 1, "our own server socket listens");
      // services may open or close a listener meanwhile: within 2 of ss around our read
      assertTrue(
          listen >= Math.min(ssBefore, ssAfter) - 2 && listen <= Math.max(ssBefore, ssAfter) + 2,
          listen + " vs ss " + ssBefore + ".." + ssAfter);
      // the oldest reading is the totals', taken while BytesRecv was asked: its age is bounded
      // by the times around that call (in whole milliseconds), and reading it refreshes nothing
      long ageAsked = System.nanoTime();
      double age = (Double) server.getAttribute(net, "ReadingAgeSeconds");
      long ageAnswered = System.nanoTime();
      assertTrue(
          age >= (ageAsked - totalsAnswered) / 1e9 - 0.001
              && age <= (ageAnswered - totalsAsked) / 1e9,
          age + " s");
    } finally {
      listening.close();
      r.close();
    }
  }

  @Test
  void sensorsSummariseTheLaptopFixture(@TempDir Path emptyProc) throws Exception {
    Path fixture = Paths.get("../core/src/test/resources/fixtures/laptop-sensors-battery");
    Properties expected = new Properties();
    try (InputStream in = Files.newInputStream(fixture.resolve("expected.properties"))) {
      expected.load(in);
    }
    double maxTemp = Double.NEGATIVE_INFINITY;
    int temps = 0;
    for (String key : expected.stringPropertyNames()) {
      if (key.startsWith("sensors_temperatures.") && key.endsWith(".current")) {
        maxTemp = Math.max(maxTemp, Double.parseDouble(expected.getProperty(key)));
        temps++;
      }
    }
    LinuxPlatform laptop =
        LinuxPlatform.builder()
            .procRoot(emptyProc)
            .sysRoot(fixture.resolve("sys"))
            .constants(KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r =
        PsutilMBeans.register(server, JmxConfig.of("lap", 0), laptop, Process.current());
    try {
      ObjectName sensors = new ObjectName("lap:type=Sensors");
      assertEquals(
          Double.parseDouble(expected.getProperty("sensors_battery.percent")),
          (Double) server.getAttribute(sensors, "BatteryPercent"),
          1e-9);
      assertEquals(
          Long.parseLong(expected.getProperty("sensors_battery.secsleft")),
          server.getAttribute(sensors, "BatterySecsleft"));
      assertEquals(
          Boolean.parseBoolean(expected.getProperty("sensors_battery.power_plugged")),
          server.getAttribute(sensors, "BatteryPowerPlugged"));
      assertEquals(maxTemp, (Double) server.getAttribute(sensors, "TemperatureMax"), 1e-9);
      assertEquals(temps, server.getAttribute(sensors, "TemperatureCount"));
      assertEquals(
          Long.parseLong(expected.getProperty("sensors_fans.thinkpad.0.current")),
          server.getAttribute(sensors, "FanMax"));
    } finally {
      r.close();
    }
  }
}

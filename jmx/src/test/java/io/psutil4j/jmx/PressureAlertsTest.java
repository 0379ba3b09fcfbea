package io.psutil4j.jmx;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.rmi.server.RMIClientSocketFactory;
import java.rmi.server.RMIServerSocketFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javax.management.MBeanNotificationInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerConnection;
import javax.management.MBeanServerFactory;
import javax.management.Notification;
import javax.management.NotificationListener;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXConnectorServer;
import javax.management.remote.JMXConnectorServerFactory;
import javax.management.remote.JMXServiceURL;
import javax.management.remote.rmi.RMIConnectorServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PSI thresholds of the Pressure and Container MBeans, end to end: the beans read a copy of a
 * cgroup v2 container's /proc and /sys whose pressure files the test rewrites between reads, and a
 * client on a real RMI connector (loopback, port 0) receives the notifications. The design ({@link
 * Alerts}): one notification when some avg10 rises to the threshold, none while it stays there, and
 * one again after it fell below; notifications are sent by the refresh a read causes.
 */
class PressureAlertsTest {
  private static final Path FIXTURE =
      Paths.get("../core/src/test/resources/fixtures/cgroup-v2-docker");
  private static final String HOST_CPU = Alerts.HOST_PRESSURE + ".cpu";
  private static final String HOST_MEMORY = Alerts.HOST_PRESSURE + ".memory";
  private static final String HOST_IO = Alerts.HOST_PRESSURE + ".io";
  private static final String GROUP_CPU = Alerts.GROUP_PRESSURE + ".cpu";
  private static final String GROUP_IO = Alerts.GROUP_PRESSURE + ".io";

  @Test
  void hostPressureNotifiesARemoteListenerOnceWhenSomeAvg10RisesToTheThreshold(@TempDir Path root)
      throws Exception {
    try (Fixture fx = new Fixture(root, 40)) {
      ObjectName pressure = fx.name("Pressure");
      MBeanNotificationInfo[] declared = fx.server.getMBeanInfo(pressure).getNotifications();
      List<String> types =
          Arrays.stream(declared)
              .flatMap(i -> Arrays.stream(i.getNotifTypes()))
              .collect(Collectors.toList());
      assertTrue(types.containsAll(List.of(HOST_CPU, HOST_MEMORY, HOST_IO)), types::toString);
      fx.listen(pressure);

      // the fixture: cpu 3.41, memory 0.00, io 0.85 -- all below 40
      assertEquals(3.41, fx.remote.getAttribute(pressure, "CpuSomeAvg10"));
      fx.setHost("cpu", 39.99);
      assertEquals(39.99, fx.remote.getAttribute(pressure, "CpuSomeAvg10"));
      assertEquals(List.of(), fx.local, "below the threshold nothing is sent");

      fx.setHost("cpu", 40.00); // reaching the threshold counts
      assertEquals(40.0, fx.remote.getAttribute(pressure, "CpuSomeAvg10"));
      assertEquals(1, fx.local.size(), fx.local::toString);
      Notification first = fx.awaitRemote(1).get(0);
      assertEquals(HOST_CPU, first.getType());
      assertEquals(pressure, first.getSource());
      assertEquals(40.0, first.getUserData());
      assertEquals("host CPU pressure at 40.0, threshold 40.0", first.getMessage());

      // staying above: read after read, no new notification
      for (double v : new double[] {40.0, 55.5, 99.0, 41.0}) {
        fx.setHost("cpu", v);
        assertEquals(v, fx.remote.getAttribute(pressure, "CpuSomeAvg10"));
      }
      assertEquals(1, fx.local.size(), fx.local::toString);

      // falling below re-arms, rising again notifies again, with the new value
      fx.setHost("cpu", 12.0);
      fx.remote.getAttribute(pressure, "CpuSomeAvg10");
      assertEquals(1, fx.local.size(), fx.local::toString);
      fx.setHost("cpu", 62.25);
      assertEquals(62.25, fx.remote.getAttribute(pressure, "CpuSomeAvg10"));
      assertEquals(2, fx.local.size(), fx.local::toString);

      // each resource has its own type and its own state: memory crossing while cpu stays high
      fx.setHost("memory", 47.5);
      fx.remote.getAttribute(pressure, "MemorySomeAvg10");
      assertEquals(3, fx.local.size(), fx.local::toString);

      List<Notification> remote = fx.awaitRemote(3);
      assertEquals(List.of(HOST_CPU, HOST_CPU, HOST_MEMORY), types(remote));
      Notification again = remote.get(1);
      assertEquals(pressure, again.getSource());
      assertEquals(62.25, again.getUserData());
      assertEquals("host CPU pressure at 62.25, threshold 40.0", again.getMessage());
      assertTrue(again.getSequenceNumber() > first.getSequenceNumber());
      Notification memory = remote.get(2);
      assertEquals(47.5, memory.getUserData());
      assertEquals("host memory pressure at 47.5, threshold 40.0", memory.getMessage());
      fx.assertRemoteStaysAt(3);
    }
  }

  @Test
  void aThresholdAboveTheValueSendsNothing(@TempDir Path root) throws Exception {
    try (Fixture fx = new Fixture(root, 90)) {
      ObjectName pressure = fx.name("Pressure");
      ObjectName container = fx.name("Container");
      fx.listen(pressure);
      fx.listen(container);
      for (double v : new double[] {40.0, 55.5, 89.99, 12.0, 89.0}) {
        fx.setHost("cpu", v);
        fx.setHost("io", v);
        fx.setGroup("cpu", v);
        assertEquals(v, fx.remote.getAttribute(pressure, "CpuSomeAvg10"));
        assertEquals(v, fx.remote.getAttribute(pressure, "IoSomeAvg10"));
        assertEquals(v, fx.remote.getAttribute(container, "PressureCpuSomeAvg10"));
      }
      assertEquals(List.of(), fx.local);
      // the same beans do notify once the value reaches 90: the silence above was the threshold's
      fx.setHost("io", 90.0);
      fx.remote.getAttribute(pressure, "IoSomeAvg10");
      assertEquals(List.of(HOST_IO), types(fx.awaitRemote(1)));
      fx.assertRemoteStaysAt(1);
    }
  }

  @Test
  void theContainerMBeanNotifiesOnItsGroupsPressure(@TempDir Path root) throws Exception {
    try (Fixture fx = new Fixture(root, 30)) {
      ObjectName container = fx.name("Container");
      ObjectName pressure = fx.name("Pressure");
      fx.listen(container);
      fx.listen(pressure);
      // the group's cpu.pressure says 12.50, io 0.00: below 30
      assertEquals(12.5, fx.remote.getAttribute(container, "PressureCpuSomeAvg10"));
      assertEquals(List.of(), fx.local);

      fx.setGroup("cpu", 31.0);
      fx.setHost("cpu", 31.0); // the host's file is another bean's: read here, it alerts nothing
      assertEquals(31.0, fx.remote.getAttribute(container, "PressureCpuSomeAvg10"));
      fx.setGroup("cpu", 35.0);
      fx.remote.getAttribute(container, "PressureCpuSomeAvg10");
      fx.setGroup("io", 30.0);
      fx.remote.getAttribute(container, "PressureIoSomeAvg10");

      List<Notification> remote = fx.awaitRemote(2);
      assertEquals(List.of(GROUP_CPU, GROUP_IO), types(remote));
      Notification cpu = remote.get(0);
      assertEquals(container, cpu.getSource());
      assertEquals(31.0, cpu.getUserData());
      assertEquals("cgroup CPU pressure at 31.0, threshold 30.0", cpu.getMessage());
      assertEquals(30.0, remote.get(1).getUserData());
      assertEquals(2, fx.local.size(), fx.local::toString);
      fx.assertRemoteStaysAt(2);
    }
  }

  /**
   * A copy of the fixture in {@code root}, a platform reading it, the Pressure and Container MBeans
   * registered with the given PSI threshold, and an RMI connector on loopback with a client.
   */
  private static final class Fixture implements AutoCloseable {
    final Path root;
    final MBeanServer server = MBeanServerFactory.newMBeanServer();
    final List<Notification> local = new CopyOnWriteArrayList<>();
    final List<Notification> remoteReceived = new CopyOnWriteArrayList<>();
    final Registration registration;
    final JMXConnectorServer connectorServer;
    final JMXConnector connector;
    final MBeanServerConnection remote;
    private final List<ObjectName> listenedRemotely = new ArrayList<>();

    Fixture(Path root, double pressureThreshold) throws Exception {
      this.root = root;
      FixtureRoots.copyTree(FIXTURE, root);
      // the Container MBean reads the cgroup of this JVM's pid: give the fixture's to it
      Path pidDir = root.resolve("proc/" + ProcessHandle.current().pid());
      Files.createDirectories(pidDir);
      Files.copy(root.resolve("proc/self/cgroup"), pidDir.resolve("cgroup"));
      // and the host's online CPUs, which bound the group's effective CPUs
      Path online = root.resolve("sys/devices/system/cpu/online");
      Files.createDirectories(online.getParent());
      write(online, "0-3\n");
      LinuxPlatform platform =
          LinuxPlatform.builder()
              .procRoot(root.resolve("proc"))
              .sysRoot(root.resolve("sys"))
              .constants(KernelConstants.of(100, 4096))
              .warningStream(null)
              .build();
      JmxConfig config =
          JmxConfig.of("fx", 0)
              .withThresholds(90, 0.99, pressureThreshold)
              .withGroups(EnumSet.of(MBeanGroup.PRESSURE, MBeanGroup.CONTAINER));
      Registration r = PsutilMBeans.register(server, config, platform, Process.current());
      JMXConnectorServer cs = null;
      JMXConnector c = null;
      try {
        Map<String, Object> env = new HashMap<>();
        env.put(
            RMIConnectorServer.RMI_SERVER_SOCKET_FACTORY_ATTRIBUTE, new LoopbackServerSockets());
        env.put(
            RMIConnectorServer.RMI_CLIENT_SOCKET_FACTORY_ATTRIBUTE, new LoopbackClientSockets());
        cs =
            JMXConnectorServerFactory.newJMXConnectorServer(
                new JMXServiceURL("service:jmx:rmi://127.0.0.1:0"), env, server);
        cs.start();
        c = JMXConnectorFactory.connect(cs.getAddress());
      } catch (Exception | Error e) {
        if (c != null) {
          c.close();
        }
        if (cs != null) {
          cs.stop();
        }
        r.close();
        throw e;
      }
      this.registration = r;
      this.connectorServer = cs;
      this.connector = c;
      this.remote = c.getMBeanServerConnection();
    }

    ObjectName name(String type) throws Exception {
      ObjectName n = new ObjectName("fx:type=" + type);
      assertTrue(server.isRegistered(n), n + " registered");
      return n;
    }

    /**
     * Listens to {@code name} twice: in the MBeanServer (delivered while the read that caused it
     * runs, so counts are exact right after a read) and through the connector (delivered later by
     * the client's fetcher thread).
     */
    void listen(ObjectName name) throws Exception {
      server.addNotificationListener(name, (n, hb) -> local.add(n), null, null);
      NotificationListener toRemote = (n, hb) -> remoteReceived.add(n);
      remote.addNotificationListener(name, toRemote, null, null);
      listenedRemotely.add(name);
    }

    List<Notification> awaitRemote(int count) {
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> remoteReceived.size() >= count);
      return new ArrayList<>(remoteReceived);
    }

    /**
     * No notification beyond {@code count} reached the client. The connector forwards in the order
     * the MBeanServer emitted, so the test makes one more notification of another kind (memory
     * usage at 100% of the group's limit: the Container MBean's memory alert, threshold 90) and
     * waits for it: anything sent before it has arrived by then.
     */
    void assertRemoteStaysAt(int count) throws Exception {
      ObjectName container = name("Container");
      if (!listenedRemotely.contains(container)) {
        remote.addNotificationListener(container, (n, hb) -> remoteReceived.add(n), null, null);
        listenedRemotely.add(container);
      }
      write(root.resolve("sys/fs/cgroup/memory.current"), "536870912\n");
      assertEquals(100.0, remote.getAttribute(container, "MemoryUsagePercent"));
      await()
          .atMost(Duration.ofSeconds(20))
          .pollInterval(Duration.ofMillis(50))
          .until(
              () ->
                  remoteReceived.stream()
                      .anyMatch(n -> n.getType().equals(Alerts.MEMORY_NEAR_LIMIT)));
      List<Notification> got = new ArrayList<>(remoteReceived);
      assertEquals(count + 1, got.size(), () -> "remote: " + got);
      assertEquals(Alerts.MEMORY_NEAR_LIMIT, got.get(count).getType(), got::toString);
    }

    void setHost(String resource, double avg10) throws IOException {
      setAvg10(root.resolve("proc/pressure/" + resource), avg10);
    }

    void setGroup(String resource, double avg10) throws IOException {
      setAvg10(root.resolve("sys/fs/cgroup/" + resource + ".pressure"), avg10);
    }

    /** Rewrites the "some" line's avg10, as the kernel would between two reads. */
    private static void setAvg10(Path file, double avg10) throws IOException {
      List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
      List<String> out = new ArrayList<>();
      for (String line : lines) {
        out.add(
            line.startsWith("some ")
                ? line.replaceFirst(
                    "avg10=[0-9.]+", String.format(java.util.Locale.ROOT, "avg10=%.2f", avg10))
                : line);
      }
      Files.write(file, out, StandardCharsets.US_ASCII);
    }

    private static void write(Path file, String text) throws IOException {
      Files.write(file, text.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void close() throws IOException {
      try {
        connector.close();
      } finally {
        try {
          connectorServer.stop();
        } finally {
          registration.close();
        }
      }
    }
  }

  private static List<String> types(List<Notification> received) {
    return received.stream().map(Notification::getType).collect(Collectors.toList());
  }

  /** The connector's RMI objects listen on the loopback interface only. */
  private static final class LoopbackServerSockets implements RMIServerSocketFactory {
    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      return new ServerSocket(port, 0, InetAddress.getLoopbackAddress());
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LoopbackServerSockets;
    }

    @Override
    public int hashCode() {
      return LoopbackServerSockets.class.hashCode();
    }
  }

  /** And the stubs connect to loopback, whatever host name RMI put in them. */
  private static final class LoopbackClientSockets implements RMIClientSocketFactory, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return new Socket(InetAddress.getLoopbackAddress(), port);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof LoopbackClientSockets;
    }

    @Override
    public int hashCode() {
      return LoopbackClientSockets.class.hashCode();
    }
  }
}

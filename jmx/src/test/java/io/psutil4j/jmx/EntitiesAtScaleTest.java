package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kubernetes-node-sized host made under a temp root: 5,000 mounts (100 of them kubelet pod
 * volumes) and 2,000 NICs (1,500 veth, 100 cali). The default patterns leave the container plumbing
 * out, the cap keeps 256 MBeans per type, Entities says how many it left out, and one warning line
 * per capped type is all the host sees.
 */
class EntitiesAtScaleTest {
  private static final int MOUNTS = 5000;
  private static final int POD_MOUNTS = 100;
  private static final int NICS = 2000;
  private static final int VETHS = 1500;
  private static final int CALIS = 100;

  @TempDir Path root;
  private LinuxPlatform fixture;

  @BeforeEach
  void bigHost() throws IOException {
    fixture = FixtureRoots.copyOfHost(root);
    List<String> mounts = new ArrayList<>();
    for (int i = 0; i < MOUNTS; i++) {
      String point =
          i < POD_MOUNTS
              ? "/var/lib/kubelet/pods/pod" + i + "/volumes/kubernetes.io~csi/pv" + i + "/mount"
              : "/data/m" + i;
      mounts.add("/dev/vdb" + i + " " + point + " ext4 rw,relatime 0 0");
    }
    Files.write(root.resolve("proc/self/mounts"), mounts, StandardCharsets.US_ASCII);
    List<String> dev = new ArrayList<>();
    dev.add("Inter-|   Receive                                                |  Transmit");
    dev.add(
        " face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets"
            + " errs drop fifo colls carrier compressed");
    for (int i = 0; i < NICS; i++) {
      String nic = nicName(i);
      dev.add(nic + ": " + (1000 + i) + " 10 0 0 0 0 0 0 " + (2000 + i) + " 20 0 0 0 0 0 0");
      if (!nic.startsWith("eth")) {
        continue; // excluded by default: its sysfs is never read
      }
      Path sys = root.resolve("sys/class/net").resolve(nic);
      Files.createDirectories(sys);
      Files.writeString(sys.resolve("flags"), "0x1003\n");
      Files.writeString(sys.resolve("mtu"), "1500\n");
      Files.writeString(sys.resolve("operstate"), "up\n");
    }
    Files.write(root.resolve("proc/net/dev"), dev, StandardCharsets.US_ASCII);
  }

  private static String nicName(int i) {
    if (i < VETHS) {
      return "veth" + Integer.toHexString(0x1000 + i);
    }
    return i < VETHS + CALIS ? "cali" + i : "eth" + i;
  }

  @Test
  void defaultPatternsAndTheCapKeepTheMBeansBounded() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    List<String> warnings = new ArrayList<>();
    try (Registration r =
        PsutilMBeans.register(
            server, JmxConfig.of("fx", 0), fixture, Process.current(), warnings::add)) {
      List<ObjectName> fileSystems = ofType(r, "FileSystem");
      List<ObjectName> nics = ofType(r, "NetworkInterface");
      assertEquals(256, fileSystems.size());
      assertEquals(256, nics.size());
      for (ObjectName n : fileSystems) {
        assertTrue(n.getKeyProperty("name").startsWith("\"/data/m"), n + " is no pod volume");
      }
      for (ObjectName n : nics) {
        assertTrue(n.getKeyProperty("name").startsWith("eth"), n + " is no veth or cali");
      }
      ObjectName caps = new ObjectName("fx:type=Entities");
      assertEquals(256, server.getAttribute(caps, "Max"));
      assertEquals(MOUNTS - POD_MOUNTS - 256, server.getAttribute(caps, "FileSystemLeftOut"));
      assertEquals(
          NICS - VETHS - CALIS - 256, server.getAttribute(caps, "NetworkInterfaceLeftOut"));
      assertEquals(0, server.getAttribute(caps, "DiskLeftOut"));
      assertEquals(0, server.getAttribute(caps, "CpuLeftOut"));
      // the first 256 in the kernel's order, and every one of them reads
      assertTrue(server.isRegistered(new ObjectName("fx:type=NetworkInterface,name=eth1600")));
      assertEquals(1000L + 1600, server.getAttribute(nic("eth1600"), "BytesRecv"));
      assertEquals(1500, server.getAttribute(nic("eth1600"), "Mtu"));
      assertEquals(2, warnings.size(), "one line per capped type: " + warnings);
      assertTrue(warnings.get(0).contains("entities.max=256"), warnings.get(0));

      // a NIC that comes first in the kernel's list does not push out one already followed
      Set<ObjectName> before = new TreeSet<>(nics);
      FixtureRoots.rewrite(
          root.resolve("proc/net/dev"),
          lines -> {
            lines.add(2, "eth0new: 1 1 0 0 0 0 0 0 1 1 0 0 0 0 0 0");
            return lines;
          });
      Files.createDirectories(root.resolve("sys/class/net/eth0new"));
      // any read runs the check once its interval (1 s) has passed
      ObjectName memory = new ObjectName("fx:type=Memory");
      int expected = NICS - VETHS - CALIS - 256 + 1;
      FixtureRoots.readUntil(
          server,
          memory,
          "Total",
          () -> server.getAttribute(caps, "NetworkInterfaceLeftOut").equals(expected));
      assertEquals(before, new TreeSet<>(ofType(r, "NetworkInterface")));
      assertEquals(
          NICS - VETHS - CALIS - 256 + 1, server.getAttribute(caps, "NetworkInterfaceLeftOut"));
      assertEquals(2, warnings.size(), "still one line per type after more checks: " + warnings);
    }
  }

  @Test
  void patternsAndCapAreOptions() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    ScaleOptions scale =
        ScaleOptions.defaults()
            .withEntityMax(5000)
            .withNics(new NamePatterns(List.of("veth*", "eth19*"), List.of("veth1*")))
            .withMounts(new NamePatterns(NamePatterns.ALL, List.of()));
    try (Registration r =
        PsutilMBeans.register(
            server, JmxConfig.of("fx", 0).withScale(scale), fixture, Process.current(), l -> {})) {
      // veth1000..veth15db (hex 0x1000+i): "veth1*" leaves every one out; eth19* is 100 NICs
      List<String> names =
          ofType(r, "NetworkInterface").stream()
              .map(n -> n.getKeyProperty("name"))
              .collect(Collectors.toList());
      long eth19 = names.stream().filter(n -> n.startsWith("eth19")).count();
      assertEquals(names.size(), eth19, "every veth excluded, only eth19*: " + names);
      assertEquals(100, names.size());
      assertEquals(MOUNTS, ofType(r, "FileSystem").size(), "no mount excluded, no cap hit");
      assertEquals(0, server.getAttribute(new ObjectName("fx:type=Entities"), "FileSystemLeftOut"));
      assertFalse(names.contains("eth1600"));
    }
  }

  private static ObjectName nic(String name) throws Exception {
    return new ObjectName("fx:type=NetworkInterface,name=" + name);
  }

  private static List<ObjectName> ofType(Registration r, String type) {
    return r.names().stream()
        .filter(n -> type.equals(n.getKeyProperty("type")) && n.getKeyProperty("name") != null)
        .collect(Collectors.toList());
  }
}

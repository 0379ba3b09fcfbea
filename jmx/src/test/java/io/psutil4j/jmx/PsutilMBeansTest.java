package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.linux.LinuxPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.Set;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.OpenType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MBeans in a real MBeanServer, read the way JMX clients read them. */
class PsutilMBeansTest {
  @Test
  void everyAttributeOfEveryMBeanReadsWithOpenTypesAndADescriptionWithItsUnit() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    try (Registration r = PsutilMBeans.register(server, JmxConfig.defaults())) {
      // 12 singletons (Entities and ProcessMemory included), then one MBean per CPU, disk, mount
      // and NIC of this machine
      assertEquals(
          12
              + Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.US_ASCII).stream()
                  .filter(l -> l.matches("cpu[0-9]+ .*"))
                  .count(),
          r.names().stream()
              .filter(
                  n ->
                      !Set.of("Disk", "FileSystem", "NetworkInterface")
                          .contains(n.getKeyProperty("type")))
              .count());
      for (ObjectName name : r.names()) {
        assertEquals("type", name.getKeyPropertyListString().split("=")[0], "type written first");
        MBeanInfo info = server.getMBeanInfo(name);
        assertFalse(
            info.getDescription().startsWith("Information on"), name + " has no description");
        for (MBeanAttributeInfo a : info.getAttributes()) {
          Object value = server.getAttribute(name, a.getName());
          String where = name + " " + a.getName();
          Object openType = a.getDescriptor().getFieldValue("openType");
          assertTrue(openType instanceof OpenType, where + " is not an open type");
          String units = (String) a.getDescriptor().getFieldValue("units");
          assertNotNull(units, where + " has no units");
          assertTrue(
              a.getDescription().contains("[" + units + ", "), where + ": " + a.getDescription());
          assertTrue(
              a.getDescription().contains("from psutil "), where + ": " + a.getDescription());
          // a cgroup limit that is not set, or a PSI resource the kernel lacks, is null
          boolean mayBeNull =
              name.getKeyProperty("type").equals("Container")
                  || name.getKeyProperty("type").equals("Pressure")
                  || name.getKeyProperty("type").equals("Sensors");
          // a VM without cpufreq has no frequency; a kernel without native access no heap_info
          boolean optional =
              a.getName().equals("PhysicalCount")
                  || a.getName().startsWith("Freq")
                  || a.getName().equals("HeapUsed")
                  || a.getName().equals("MmapUsed")
                  || a.getName().startsWith("RlimitNofile")
                  // NMT's figures need -XX:NativeMemoryTracking; malloc NMT or native access
                  || a.getName().startsWith("Nmt")
                  || a.getName().equals("RssThreadStacks")
                  || a.getName().equals("RssMalloc")
                  // a NIC without an address; a mount statvfs refuses (permission, stale NFS)
                  || a.getName().startsWith("Ipv")
                  || name.getKeyProperty("type").equals("FileSystem");
          if (!optional && !mayBeNull) {
            assertNotNull(value, where + " is null on a machine that has it");
          }
        }
      }
    }
  }

  @Test
  void valuesAreTheKernelsAndTheHandleUnregistersEverything() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    Registration r = PsutilMBeans.register(server, JmxConfig.of("test.psutil4j", 0));
    long memTotal = 0;
    for (String line : Files.readAllLines(Paths.get("/proc/meminfo"), StandardCharsets.US_ASCII)) {
      if (line.startsWith("MemTotal:")) {
        memTotal = Long.parseLong(line.split("\\s+")[1]) * 1024;
      }
    }
    assertEquals(
        memTotal, server.getAttribute(new ObjectName("test.psutil4j:type=Memory"), "Total"));
    assertEquals(
        (int) ProcessHandle.current().pid(),
        server.getAttribute(new ObjectName("test.psutil4j:type=Process"), "Pid"));
    r.close();
    assertTrue(server.queryNames(new ObjectName("test.psutil4j:*"), null).isEmpty());
  }

  @Test
  void onlyTheChosenGroupsRegisterAndControlsStillNeedsControls() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    JmxConfig chosen =
        JmxConfig.defaults()
            .withGroups(
                java.util.EnumSet.of(MBeanGroup.MEMORY, MBeanGroup.PER_CPU, MBeanGroup.CONTROLS));
    Set<String> cpus = new HashSet<>();
    for (String l : Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.US_ASCII)) {
      if (l.matches("cpu[0-9]+ .*")) {
        cpus.add("psutil4j:type=Cpu,name=" + l.substring(0, l.indexOf(' ')));
      }
    }
    Set<String> expected = new HashSet<>(cpus);
    expected.add("psutil4j:type=Memory");
    expected.add("psutil4j:type=Entities"); // with any per-entity type: its cap
    try (Registration r = PsutilMBeans.register(server, chosen)) {
      Set<String> names = new HashSet<>();
      r.names().forEach(n -> names.add(n.toString()));
      assertEquals(expected, names, "controls=false keeps Controls out even when chosen");
      assertEquals(expected.size(), server.queryNames(new ObjectName("psutil4j:*"), null).size());
    }
    try (Registration r = PsutilMBeans.register(server, chosen.withControls(true))) {
      assertTrue(server.isRegistered(new ObjectName("psutil4j:type=Controls")));
      assertEquals(expected.size() + 1, r.names().size());
    }
    IllegalArgumentException none =
        assertThrows(
            IllegalArgumentException.class,
            () -> JmxConfig.defaults().withGroups(java.util.EnumSet.noneOf(MBeanGroup.class)));
    assertTrue(none.getMessage().contains("PerCpu"), none.getMessage());
    IllegalArgumentException bad =
        assertThrows(IllegalArgumentException.class, () -> MBeanGroup.named("Procss"));
    assertTrue(bad.getMessage().contains("'Procss'"), bad.getMessage());
    assertEquals(MBeanGroup.FILE_SYSTEM, MBeanGroup.named(" filesystem "));
  }

  @Test
  void registeringTwiceIsRefusedAndLeavesTheFirstIntact() throws Exception {
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    try (Registration first = PsutilMBeans.register(server, JmxConfig.defaults())) {
      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () -> PsutilMBeans.register(server, JmxConfig.defaults()));
      assertTrue(e.getMessage().contains("psutil4j:type=Cpu"), e.getMessage());
      Set<ObjectName> names = new HashSet<>(server.queryNames(new ObjectName("psutil4j:*"), null));
      assertEquals(new HashSet<>(first.names()), names);
    }
  }

  @Test
  void anUnreadableKernelFileMakesAttributesNullNeverAnException(@TempDir Path empty)
      throws Exception {
    // A /proc without meminfo or stat: the getters answer null and Jolokia-style bulk reads work.
    LinuxPlatform broken =
        LinuxPlatform.builder()
            .procRoot(empty)
            .sysRoot(empty)
            .constants(io.psutil4j.linux.KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    try (Registration r =
        PsutilMBeans.register(server, JmxConfig.defaults(), broken, Process.current())) {
      // no CPU, disk, mount or NIC in an empty /proc: the 11 singletons and Entities only
      assertEquals(12, r.names().size(), String.valueOf(r.names()));
      ObjectName memory = new ObjectName("psutil4j:type=Memory");
      assertNull(server.getAttribute(memory, "Total"));
      String[] all = {"Total", "Available", "Percent", "Used"};
      assertEquals(4, server.getAttributes(memory, all).size());
      assertNull(server.getAttribute(new ObjectName("psutil4j:type=Cpu"), "User"));
      assertNull(server.getAttribute(new ObjectName("psutil4j:type=Threads"), "Threads"));
      assertNull(server.getAttribute(new ObjectName("psutil4j:type=Host"), "BootTime"));
    }
  }

  @Test
  void badConfigNamesTheValue() {
    IllegalArgumentException domain =
        assertThrows(IllegalArgumentException.class, () -> JmxConfig.of("bad:domain", 10));
    assertTrue(domain.getMessage().contains("bad:domain"));
    IllegalArgumentException cache =
        assertThrows(IllegalArgumentException.class, () -> JmxConfig.of("ok", -5));
    assertTrue(cache.getMessage().contains("-5"));
  }
}

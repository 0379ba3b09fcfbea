package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.psutil4j.spi.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Container MBean over a captured Docker cgroup v2 tree: a request for every attribute locates
 * the group (/proc/PID/cgroup and mountinfo) once and reads each of its parts from there, where
 * each part used to locate it again; a cache interval keeps the location as long as the readings.
 */
class ContainerLocationTest {
  private static final Path FIXTURE =
      Paths.get("../core/src/test/resources/fixtures/cgroup-v2-docker");
  private static final int PID = 77;

  private final Map<String, Integer> calls = new ConcurrentHashMap<>();
  private final MBeanServer server = MBeanServerFactory.newMBeanServer();

  private ObjectName register(Path root, long cacheMillis) throws Exception {
    FixtureRoots.copyTree(FIXTURE, root);
    Path pidDir = root.resolve("proc/" + PID);
    Files.createDirectories(pidDir);
    Files.copy(root.resolve("proc/self/cgroup"), pidDir.resolve("cgroup"));
    Platform counting = CountingPlatform.counting(FixtureRoots.platform(root), calls);
    ObjectName name = new ObjectName("fx:type=Container");
    server.registerMBean(
        PsutilMBeans.containerBean(
            name,
            JmxConfig.of("fx", cacheMillis),
            () -> counting.locateCgroup(PID),
            () -> 1L,
            () -> null,
            () -> 128L << 20),
        name);
    calls.clear(); // the memory part read at registration, to count events from
    return name;
  }

  private static String[] everyAttribute() {
    return ContainerTable.TABLE.rows.stream().map(r -> r.name).toArray(String[]::new);
  }

  private static Object value(AttributeList list, String name) {
    for (Attribute a : list.asList()) {
      if (a.getName().equals(name)) {
        return a.getValue();
      }
    }
    throw new AssertionError(name + " not in " + list);
  }

  @Test
  void everyAttributeAtOnceLocatesTheGroupOnce(@TempDir Path root) throws Exception {
    ObjectName name = register(root, 0);

    AttributeList all = server.getAttributes(name, everyAttribute());
    assertEquals(everyAttribute().length, all.size());
    // the fixture's values, each part read from the one location
    assertEquals("v2", value(all, "CgroupVersion"));
    assertEquals(0.5, value(all, "CpuLimit"));
    assertEquals(536870912L, value(all, "MemoryLimit"));
    assertEquals(Map.of("locateCgroup", 1), calls, "one location for every part");

    server.getAttributes(name, everyAttribute());
    assertEquals(Map.of("locateCgroup", 2), calls, "no cache: the next request locates again");
  }

  @Test
  void withACacheTheLocationLastsAsLongAsTheReadings(@TempDir Path root) throws Exception {
    ObjectName name = register(root, 60_000);

    assertEquals(0.5, server.getAttribute(name, "CpuLimit"));
    assertEquals(536870912L, server.getAttribute(name, "MemoryLimit"));
    assertEquals("v2", server.getAttribute(name, "CgroupVersion"));
    // the location taken at registration (for the memory events) serves every part
    assertEquals(Map.of(), calls);
  }
}

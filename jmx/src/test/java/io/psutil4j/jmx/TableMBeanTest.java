package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.spi.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * A table-served MBean in a real MBeanServer, over this machine's kernel: a read touches only the
 * sources its attributes name, each once per request.
 */
class TableMBeanTest {
  private final Map<String, Integer> platformCalls = new ConcurrentHashMap<>();
  private final Map<String, Integer> sourceReads = new ConcurrentHashMap<>();
  private final MBeanServer server = MBeanServerFactory.newMBeanServer();

  private Platform countingPlatform() {
    return CountingPlatform.counting(platformCalls);
  }

  /** Readings with no cache (every request reads the kernel), counting reads per source. */
  private Readings.Builder uncached() {
    return Readings.cached(0).observedBy(s -> sourceReads.merge(s.name(), 1, Integer::sum));
  }

  private ObjectName register(TableMBean bean, String type) throws Exception {
    ObjectName name = new ObjectName("test:type=" + type);
    server.registerMBean(bean, name);
    platformCalls.clear(); // Cpu takes its first /proc/stat sample when built
    sourceReads.clear();
    return name;
  }

  @Test
  void oneCheapAttributeReadsOnlyItsOwnSource() throws Exception {
    Platform platform = countingPlatform();
    ObjectName cpu =
        register(new TableMBean(CpuTable.TABLE, CpuTable.readings(platform, uncached())), "Cpu");
    ObjectName network =
        register(
            new TableMBean(NetworkTable.TABLE, NetworkTable.readings(platform, 0, uncached())),
            "Network");

    double load1 = (Double) server.getAttribute(cpu, "Load1");
    String loadavg = Files.readString(Paths.get("/proc/loadavg"), StandardCharsets.US_ASCII);
    // the kernel's figure is rounded to 2 decimals and may move by the time we read it again
    assertEquals(Double.parseDouble(loadavg.split(" ")[0]), load1, 1.0, loadavg);
    assertEquals(Map.of("loadAverage", 1), platformCalls);
    assertEquals(Map.of(CpuTable.LOAD.name(), 1), sourceReads);

    platformCalls.clear();
    sourceReads.clear();
    long bytesSent = (Long) server.getAttribute(network, "BytesSent");
    assertTrue(bytesSent >= 0, "BytesSent " + bytesSent);
    // the socket tables (net_connections) are not read for an interface total
    assertEquals(Map.of("netIoCountersPernic", 1), platformCalls);
    assertEquals(Map.of(NetworkTable.TOTALS.name(), 1), sourceReads);
  }

  @Test
  void aRequestForManyAttributesReadsEachNamedSourceOnce() throws Exception {
    ObjectName cpu =
        register(
            new TableMBean(CpuTable.TABLE, CpuTable.readings(countingPlatform(), uncached())),
            "Cpu");

    AttributeList values =
        server.getAttributes(cpu, new String[] {"User", "Idle", "Percent", "Load1", "Load15"});

    assertEquals(5, values.size());
    assertEquals(Map.of(CpuTable.TIMES.name(), 1, CpuTable.LOAD.name(), 1), sourceReads);
    assertEquals(Map.of("cpuTimesAndStats", 1, "loadAverage", 1), platformCalls);
  }

  @Test
  void aSourceThatFailsLeavesItsAttributesNullAndTheOthersRead() throws Exception {
    Source<Long> broken = Source.named("broken");
    Source<Long> fine = Source.named("fine");
    MBeanTable table = twoRows(broken, fine);
    Readings readings =
        uncached()
            .with(
                broken,
                () -> {
                  throw new IllegalStateException("no such file");
                })
            .with(fine, () -> 41L)
            .build();
    ObjectName name = register(new TableMBean(table, readings), "T");

    assertNull(server.getAttribute(name, "A"));
    assertEquals(42L, server.getAttribute(name, "B"));
    List<Attribute> both = server.getAttributes(name, new String[] {"A", "B"}).asList();
    assertNull(both.get(0).getValue());
    assertEquals(42L, both.get(1).getValue());
  }

  /** A request for other names than the last is served by them, not by the last request's plan. */
  @Test
  void eachRequestGetsTheAttributesItNames() throws Exception {
    Source<Long> one = Source.named("one");
    Source<Long> two = Source.named("two");
    Readings readings = uncached().with(one, () -> 1L).with(two, () -> 2L).build();
    ObjectName name = register(new TableMBean(twoRows(one, two), readings), "T");

    assertEquals(List.of(1L, 3L), values(server.getAttributes(name, new String[] {"A", "B"})));
    assertEquals(List.of(3L), values(server.getAttributes(name, new String[] {"B"})));
    assertEquals(List.of(3L, 1L), values(server.getAttributes(name, new String[] {"B", "A"})));
    assertEquals(List.of(1L), values(server.getAttributes(name, new String[] {"X", "A"})));
    assertEquals(List.of(1L), values(server.getAttributes(name, new String[] {"X", "A"})));
  }

  /** A table whose attribute A is {@code first}'s reading and B {@code second}'s plus one. */
  private static MBeanTable twoRows(Source<Long> first, Source<Long> second) {
    return MBeanTable.table(MBeanGroup.HOST, "T", MBeanTable.Naming.SINGLETON, "test")
        .from(first)
        .gauge("A", LONG, "count", v -> v)
        .described("a", "a")
        .from(second)
        .gauge("B", LONG, "count", v -> v + 1)
        .described("b", "b")
        .build();
  }

  private static List<Object> values(AttributeList list) {
    List<Object> out = new ArrayList<>();
    for (Attribute a : list.asList()) {
      out.add(a.getValue());
    }
    return out;
  }

  @Test
  void unknownAndWrittenAttributesAreRefusedByName() throws Exception {
    ObjectName memory =
        register(
            new TableMBean(
                MemoryTable.TABLE,
                MemoryTable.readings(MemoryTable.sharedMeminfo(countingPlatform(), 0), uncached())),
            "Memory");

    AttributeNotFoundException unknown =
        assertThrows(AttributeNotFoundException.class, () -> server.getAttribute(memory, "Totl"));
    assertTrue(unknown.getMessage().contains("'Totl'"), unknown.getMessage());
    AttributeNotFoundException readOnly =
        assertThrows(
            AttributeNotFoundException.class,
            () -> server.setAttribute(memory, new Attribute("Total", 1L)));
    assertTrue(readOnly.getMessage().contains("'Total' is read-only"), readOnly.getMessage());
    // a bulk read leaves out the names it does not know, as the JMX spec says
    assertEquals(1, server.getAttributes(memory, new String[] {"Total", "Totl"}).size());
    assertTrue(platformCalls.getOrDefault("meminfo", 0) >= 1, String.valueOf(platformCalls));
  }
}

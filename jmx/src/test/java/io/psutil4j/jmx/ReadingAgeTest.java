package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.spi.Platform;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ReadingAgeSeconds of each table with a kernel source, over this machine's kernel: null before a
 * read, then the age of the reading an attribute's read took, growing while nothing refreshes it,
 * bounded by the times around that read, and read without calling the kernel. The cache interval is
 * a minute, so no read in a test refreshes a reading.
 */
class ReadingAgeTest {
  private static final long CACHE_MILLIS = 60_000;

  private final Map<String, Integer> calls = new ConcurrentHashMap<>();
  private final MBeanServer server = MBeanServerFactory.newMBeanServer();
  private Registration registration;

  private void register() {
    Platform counting = CountingPlatform.counting(calls);
    registration =
        PsutilMBeans.register(
            server,
            JmxConfig.of("age", CACHE_MILLIS),
            counting,
            Process.of(counting, counting.selfPid()),
            line -> {});
  }

  @AfterEach
  void unregister() {
    if (registration != null) {
      registration.close();
    }
  }

  private double age(ObjectName name) throws Exception {
    return (Double) server.getAttribute(name, "ReadingAgeSeconds");
  }

  @ParameterizedTest(name = "{0}.{1} reads {2}")
  @CsvSource({
    "Memory, Total, meminfo",
    "Swap, Sin, swapTraffic",
    "Cpu, User, cpuTimesAndStats",
    "Host, BootTime, bootTime",
    "Pressure, CpuSomeAvg10, pressure"
  })
  void aSingletonsAgeIsThatOfTheReadingItsReadTook(String type, String attribute, String call)
      throws Exception {
    register();
    ObjectName name = new ObjectName("age:type=" + type);
    assertNull(server.getAttribute(name, "ReadingAgeSeconds"), "before any read");

    long asked = System.nanoTime();
    server.getAttribute(name, attribute);
    long answered = System.nanoTime();
    assertTrue(calls.getOrDefault(call, 0) >= 1, "the read called " + call + ": " + calls);
    Thread.sleep(200);
    calls.remove(call);

    long ageAsked = System.nanoTime();
    double age = age(name);
    long ageAnswered = System.nanoTime();
    assertBetween(age, (ageAsked - answered) / 1e9, (ageAnswered - asked) / 1e9);
    assertTrue(age >= 0.2, age + " s after a 200 ms sleep");
    Thread.sleep(100);
    double later = age(name);
    assertTrue(later >= age + 0.099, "grows: " + age + " s, then " + later + " s");
    assertNull(calls.get(call), "reading the age called " + call);
  }

  /** Swap's space is the meminfo reading Memory took: its age, before any read of Swap. */
  @Test
  void swapServesTheMeminfoReadingMemoryTookAndItsAge() throws Exception {
    register();
    ObjectName memory = new ObjectName("age:type=Memory");
    ObjectName swap = new ObjectName("age:type=Swap");
    long asked = System.nanoTime();
    server.getAttribute(memory, "Total");
    long answered = System.nanoTime();
    Thread.sleep(100);

    long ageAsked = System.nanoTime();
    double age = age(swap);
    long ageAnswered = System.nanoTime();
    assertBetween(age, (ageAsked - answered) / 1e9, (ageAnswered - asked) / 1e9);
    assertNotNull(server.getAttribute(swap, "Total"));
    assertNotNull(server.getAttribute(swap, "Percent"));
    assertEquals(1, calls.get("meminfo"), "one meminfo reading for both: " + calls);
    assertNull(calls.get("swapMemory"), "swap_memory() would read meminfo again");
  }

  /**
   * A per-entity type's reading is taken when the MBeans are registered (to know which to register)
   * and shared by all of them: the age is that reading's, from registration on.
   */
  @ParameterizedTest(name = "{0} reads {1}")
  @CsvSource({"Cpu, cpuTimesPercpuByNumber", "Disk, diskIoCounters"})
  void aPerEntityAgeIsThatOfTheReadingTakenAtRegistration(String type, String call)
      throws Exception {
    long before = System.nanoTime();
    register();
    long registered = System.nanoTime();
    ObjectName name = firstOf(type);
    Thread.sleep(200);
    calls.clear();

    long ageAsked = System.nanoTime();
    double age = age(name);
    long ageAnswered = System.nanoTime();
    assertBetween(age, (ageAsked - registered) / 1e9, (ageAnswered - before) / 1e9);
    Thread.sleep(100);
    double later = age(name);
    assertTrue(later >= age + 0.099, "grows: " + age + " s, then " + later + " s");
    assertNotNull(server.getAttribute(name, attributeOf(type)));
    assertNull(calls.get(call), "reading the age and a cached value called " + call);
  }

  private static String attributeOf(String type) {
    return type.equals("Disk") ? "ReadCount" : "User";
  }

  /** The first registered MBean of per-entity type {@code type}. */
  private ObjectName firstOf(String type) {
    for (ObjectName n : registration.names()) {
      if (n.getKeyProperty("type").equals(type) && n.getKeyProperty("name") != null) {
        return n;
      }
    }
    throw new AssertionError("no " + type + " MBean on this host: " + registration.names());
  }

  /** {@code age} within the bounds, give or take the millisecond the age is rounded to. */
  private static void assertBetween(double age, double atLeast, double atMost) {
    assertTrue(
        age >= atLeast - 0.001 && age <= atMost,
        age + " s, expected " + atLeast + " .. " + atMost + " s");
  }
}

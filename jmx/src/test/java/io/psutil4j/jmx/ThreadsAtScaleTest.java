package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.LinuxPlatform;
import io.psutil4j.spi.TaskInfo;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.AttributeNotFoundException;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A host JVM with 10,000 threads (a child JVM with parked threads, read over its pid): Count is the
 * kernel's thread count without reading a thread's files, GC and JIT CPU are what a full read of
 * every thread sums, and the table holds the busiest threads.max rows only.
 */
class ThreadsAtScaleTest {
  private static final int PARKED = 10_000;
  private static final LinuxPlatform LIVE = LinuxPlatform.live();
  private static java.lang.Process host;
  private static int pid;

  @BeforeAll
  static void startHost() throws IOException {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    host =
        new ProcessBuilder(
                java,
                "-Xmx64m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                ParkedThreadsHost.class.getName(),
                Integer.toString(PARKED))
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(host.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertEquals("ready", line, "the host started its threads");
    pid = (int) host.pid();
  }

  @AfterAll
  static void stopHost() throws Exception {
    host.getOutputStream().close();
    if (!host.waitFor(20, TimeUnit.SECONDS)) {
      host.destroyForcibly();
    }
  }

  /** The kernel's own count: the Threads line of /proc/PID/status. */
  private static int statusThreads() throws IOException {
    for (String l : Files.readAllLines(Path.of("/proc", Integer.toString(pid), "status"))) {
      if (l.startsWith("Threads:")) {
        return Integer.parseInt(l.substring(8).trim());
      }
    }
    throw new IllegalStateException("no Threads line");
  }

  /** The host's Threads MBean, no cache, read attribute by attribute as a JMX client does. */
  private static final class Threads {
    private final TableMBean mbean;

    Threads(int tableMax) {
      mbean =
          new TableMBean(
              ThreadsTable.TABLE,
              ThreadsTable.readings(
                  () -> LIVE.tasks(pid),
                  PsutilMBeans.taskList(LIVE, pid),
                  tableMax,
                  0,
                  Readings.cached(0)));
    }

    private Object get(String attribute) {
      try {
        return mbean.getAttribute(attribute);
      } catch (AttributeNotFoundException e) {
        throw new AssertionError(e);
      }
    }

    Integer getCount() {
      return (Integer) get("Count");
    }

    Double getGcCpuSeconds() {
      return (Double) get("GcCpuSeconds");
    }

    Double getJitCpuSeconds() {
      return (Double) get("JitCpuSeconds");
    }

    TabularData getThreads() {
      return (TabularData) get("Threads");
    }
  }

  private static Threads bean(int tableMax) {
    return new Threads(tableMax);
  }

  /**
   * The first value: a first reading past the 2 s deadline answers null and goes on in the
   * background (every thread is new to it, so it names them all), as the MBean does.
   */
  private static <T> T first(Supplier<T> read) {
    long t0 = System.nanoTime();
    T v = read.get();
    while (v == null && System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(60)) {
      v = read.get();
    }
    System.out.printf(
        "ThreadsAtScaleTest: first value after %.0f ms%n", (System.nanoTime() - t0) / 1e6);
    return v;
  }

  @Test
  void countIsTheKernelsAndCostsNoThreadFile() throws Exception {
    Threads threads = bean(100);
    // the JVM may start or stop a compiler thread meanwhile: take a reading the status brackets
    int count = first(threads::getCount);
    for (int attempt = 0; attempt < 10; attempt++) {
      int before = statusThreads();
      count = threads.getCount();
      if (before == statusThreads()) {
        assertEquals(before, count, "Count against /proc/" + pid + "/status Threads");
        break;
      }
    }
    assertTrue(count > PARKED, "the host's " + count + " threads include the " + PARKED);

    long t0 = System.nanoTime();
    int listed = threads.getCount();
    long countNanos = System.nanoTime() - t0;
    long t1 = System.nanoTime();
    int full = LIVE.tasks(pid).size();
    long fullNanos = System.nanoTime() - t1;
    System.out.printf(
        "ThreadsAtScaleTest: %d threads, Count %.1f ms, every thread's stat+status %.1f ms%n",
        listed, countNanos / 1e6, fullNanos / 1e6);
    assertTrue(Math.abs(full - listed) < 20, full + " tasks read vs " + listed + " listed");
    assertTrue(
        countNanos * 2 < fullNanos,
        "Count ("
            + countNanos / 1e6
            + " ms) reads no thread's files, a full read took "
            + fullNanos / 1e6
            + " ms");
  }

  @Test
  void gcAndJitCpuAreWhatAFullReadSums() {
    Threads threads = bean(100);
    first(threads::getGcCpuSeconds);
    long t0 = System.nanoTime();
    double gc = threads.getGcCpuSeconds();
    System.out.printf(
        "ThreadsAtScaleTest: GC and JIT CPU, a later reading: %.1f ms%n",
        (System.nanoTime() - t0) / 1e6);
    double jit = threads.getJitCpuSeconds();
    List<TaskInfo> all = LIVE.tasks(pid);
    double gcFull = sum(all, "^(GC Thread|GC |G1 |Z[A-Z][a-z]+|Shenandoah|PSYoungGen|VM Thread).*");
    double jitFull = sum(all, "^(C1 Compiler|C2 Compiler|JVMCI).*");
    // the host is parked: its GC and JIT threads hardly run between the two reads
    assertEquals(gcFull, gc, 0.05, "GC CPU");
    assertEquals(jitFull, jit, 0.05, "JIT CPU");
    assertTrue(gc + jit > 0, "a JVM that started 10,000 threads has compiled something");
  }

  private static double sum(List<TaskInfo> all, String names) {
    Pattern p = Pattern.compile(names);
    return all.stream()
        .filter(t -> p.matcher(t.name()).matches())
        .mapToDouble(t -> t.user() + t.system())
        .sum();
  }

  @Test
  void theTableHoldsTheBusiestThreadsOnly() {
    Threads threads = bean(25);
    TabularData table = first(threads::getThreads);
    assertEquals(25, table.size());
    List<TaskInfo> busiest =
        LIVE.tasks(pid).stream()
            .sorted(Comparator.comparingDouble((TaskInfo t) -> t.user() + t.system()).reversed())
            .collect(Collectors.toList());
    double least =
        table.values().stream()
            .map(CompositeData.class::cast)
            .mapToDouble(r -> (Double) r.get("User") + (Double) r.get("System"))
            .min()
            .getAsDouble();
    // every thread left out used at most what the least busy row used (give or take a tick)
    double firstLeftOut = busiest.get(25).user() + busiest.get(25).system();
    assertTrue(firstLeftOut <= least + 0.02, firstLeftOut + " left out above a row's " + least);
  }
}

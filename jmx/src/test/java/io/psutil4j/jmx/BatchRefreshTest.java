package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.LONG;
import static javax.management.openmbean.SimpleType.STRING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.LinuxPlatform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A getAttributes that needs several due sources refreshes them in one hand-off to a reading
 * thread, and a hung source among them delays only its own attributes, by its deadline, once.
 */
class BatchRefreshTest {
  private static final String POOL = "batch-test-read-";

  private final AtomicInteger threadsMade = new AtomicInteger();

  private final ThreadPoolExecutor pool =
      new ThreadPoolExecutor(
          0,
          Integer.MAX_VALUE,
          60,
          TimeUnit.SECONDS,
          new SynchronousQueue<>(),
          task -> {
            Thread t = new Thread(task, POOL + threadsMade.incrementAndGet());
            t.setDaemon(true);
            return t;
          });

  /** Each execute is one hand-off to a reading thread. */
  private final AtomicInteger handOffs = new AtomicInteger();

  private final Executor counted =
      task -> {
        handOffs.incrementAndGet();
        pool.execute(task);
      };

  private final MBeanServer server = MBeanServerFactory.newMBeanServer();
  private final Map<String, Integer> sourceReads = new ConcurrentHashMap<>();

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @Test
  void dueSourcesOfOneRequestAreRefreshedInOneHandOff() throws Exception {
    Source<Long> first = Source.named("first");
    Source<Long> second = Source.named("second");
    Source<Long> third = Source.named("third");
    Source<String> wide = Source.named("wide");
    Source<Integer> part = Source.partOf("part", wide, String::length);
    MBeanTable.Builder rows = longGauges("T", first, second, third);
    rows.from(wide).gauge("Wide", STRING, "", v -> v).described("w", "w");
    rows.from(part).gauge("Part", INTEGER, "count", v -> v).described("p", "p");
    MBeanTable table = rows.build();
    ObjectName uncached = register(table, readingsOf(0, first, second, third, wide, part), "T0");
    String[] all = {"First", "Second", "Third", "Wide", "Part"};

    Map<String, Object> values = values(server.getAttributes(uncached, all));
    assertEquals(1, handOffs.get(), "one hand-off for five attributes of four sources");
    assertEquals(
        Map.of("first", 1, "second", 1, "third", 1, "wide", 1),
        sourceReads,
        "the part is taken out of the wide reading, not read");
    assertEquals(Map.of("First", 1L, "Second", 1L, "Third", 1L, "Wide", "wide", "Part", 4), values);

    server.getAttribute(uncached, "First");
    server.getAttribute(uncached, "Second");
    assertEquals(3, handOffs.get(), "a single read keeps its own hand-off");
    server.getAttributes(uncached, all);
    assertEquals(4, handOffs.get(), "the next request: one hand-off again");

    // with a cache interval, sources read within it cost no hand-off at all
    ObjectName cached = register(table, readingsOf(60_000, first, second, third, wide, part), "T1");
    server.getAttributes(cached, new String[] {"First"});
    int before = handOffs.get();
    assertEquals(
        Map.of("First", 1L, "Second", 1L, "Third", 1L, "Wide", "wide", "Part", 4),
        values(server.getAttributes(cached, all)));
    assertEquals(
        before + 1, handOffs.get(), "Second, Third and Wide were due: one hand-off; First was not");
    server.getAttributes(cached, all);
    assertEquals(before + 1, handOffs.get(), "all fresh: no hand-off");
  }

  @Test
  void aHungSourceOfTheBatchDelaysOnlyItsOwnAttributesAndHoldsOneThread() throws Exception {
    long deadline = 300;
    Source<Long> before = Source.named("before");
    Source<Long> hung = Source.named("hung");
    Source<Long> after = Source.named("after");
    MBeanTable table = longGauges("H", before, hung, after).build();
    AtomicInteger beforeReads = new AtomicInteger();
    AtomicInteger afterReads = new AtomicInteger();
    AtomicInteger hungReads = new AtomicInteger();
    AtomicInteger insideHung = new AtomicInteger();
    CountDownLatch answer = new CountDownLatch(1);
    Readings readings =
        Readings.cached(0)
            .refreshedOn(counted, deadline)
            .with(before, () -> (long) beforeReads.incrementAndGet())
            .with(
                hung,
                () -> {
                  long n = hungReads.incrementAndGet();
                  if (n > 1) { // the driver stops answering after its first reading
                    insideHung.incrementAndGet();
                    try {
                      answer.await();
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    } finally {
                      insideHung.decrementAndGet();
                    }
                  }
                  return n;
                })
            .with(after, () -> (long) afterReads.incrementAndGet())
            .build();
    ObjectName name = register(table, readings, "H");
    String[] all = {"Before", "Hung", "After"};
    ExecutorService second = Executors.newSingleThreadExecutor();
    try {
      assertEquals(
          Map.of("Before", 1L, "Hung", 1L, "After", 1L), values(server.getAttributes(name, all)));

      // the hung source's refresh passes its deadline: it reads stale, the one after it answers
      long t0 = System.nanoTime();
      Map<String, Object> stale = values(server.getAttributes(name, all));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(Map.of("Before", 2L, "Hung", 1L, "After", 2L), stale);
      assertTrue(ms < deadline + 100, "the request took " + ms + " ms, deadline " + deadline);
      assertEquals(3, handOffs.get(), "one more hand-off, for the sources after the hung one");

      // a second reader finds the refresh under way: the last reading at once
      Future<AttributeList> other = second.submit(() -> server.getAttributes(name, all));
      long t1 = System.nanoTime();
      Map<String, Object> seen = values(other.get(5, TimeUnit.SECONDS));
      long otherMs = (System.nanoTime() - t1) / 1_000_000;
      assertEquals(1L, seen.get("Hung"));
      assertTrue(otherMs < 100, "a second reader waited " + otherMs + " ms");

      int[] threads = new int[3];
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 40; i++) {
          long t2 = System.nanoTime();
          Map<String, Object> v = values(server.getAttributes(name, all));
          long readMs = (System.nanoTime() - t2) / 1_000_000;
          assertEquals(1L, v.get("Hung"), "stale while its refresh hangs");
          assertTrue(readMs < 100, "read " + i + " beside a hung source took " + readMs + " ms");
        }
        threads[round] = pool.getPoolSize();
      }
      assertEquals(2, hungReads.get(), "one refresh of the hung source, whatever the reads");
      assertEquals(1, insideHung.get(), "the hung read holds one thread");
      // a reading thread back from a round may not yet be waiting for the next when it is asked
      // for, so the pool makes a spare or two at first; then it does not grow with the reads
      assertTrue(
          threads[2] <= threads[0] + 1,
          "reading threads after 40, 80, 120 reads: " + Arrays.toString(threads));
    } finally {
      answer.countDown();
      second.shutdownNow();
    }
    // the source answers at last: its next refresh reads it again
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> ((Long) server.getAttribute(name, "Hung")) > 2L);
  }

  @Test
  void aKernelFileThatNeverAnswersLeavesTheOtherSourcesOfTheRequestOnTime(@TempDir Path root)
      throws Exception {
    LinuxPlatform fixture = FixtureRoots.copyOfHost(root);
    Path loadavg = root.resolve("proc/loadavg");
    long deadline = 500;
    ObjectName cpu =
        register(
            new TableMBean(
                CpuTable.TABLE,
                CpuTable.readings(fixture, Readings.cached(0).refreshedOn(counted, deadline))),
            "Cpu");
    String[] all =
        List.of(server.getMBeanInfo(cpu).getAttributes()).stream()
            .map(MBeanAttributeInfo::getName)
            .toArray(String[]::new);
    // the fixture's /proc/stat: "cpu  35990 0 12311 3147061 ..." in ticks of 1/100 s
    String[] cpuLine =
        Files.readAllLines(root.resolve("proc/stat"), StandardCharsets.US_ASCII)
            .get(0)
            .split("\\s+");
    assertEquals(0.87, values(server.getAttributes(cpu, all)).get("Load1"), "the fixture's");
    int handOffsBefore = handOffs.get();
    FixtureRoots.fifo(loadavg);
    try {
      long t0 = System.nanoTime();
      Map<String, Object> values = values(server.getAttributes(cpu, all));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(ms < deadline + 100, "the request took " + ms + " ms, deadline " + deadline);
      assertEquals(0.87, values.get("Load1"), "the last reading of a hung loadavg");
      assertEquals(Long.parseLong(cpuLine[1]) / 100.0, values.get("User"));
      assertEquals(Long.parseLong(cpuLine[4]) / 100.0, values.get("Idle"));
      assertEquals(2, values.get("LogicalCount"), "cpu0 and cpu1 of the fixture");
      assertEquals(
          handOffsBefore + 2,
          handOffs.get(),
          "one hand-off, and one for the sources after loadavg in " + Arrays.toString(all));

      int[] threads = new int[3];
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < 20; i++) {
          long t1 = System.nanoTime();
          Map<String, Object> again = values(server.getAttributes(cpu, all));
          long readMs = (System.nanoTime() - t1) / 1_000_000;
          assertEquals(0.87, again.get("Load1"));
          assertEquals(values.get("User"), again.get("User"));
          assertTrue(readMs < 100, "read " + i + " beside a hung loadavg took " + readMs + " ms");
        }
        threads[round] = pool.getPoolSize();
      }
      assertEquals(1, threadsOpening(), "one thread waits on the FIFO, whatever the reads");
      assertTrue(
          threads[2] <= threads[0] + 1,
          "reading threads after 20, 40, 60 reads: " + Arrays.toString(threads));
    } finally {
      FixtureRoots.release(loadavg, "0.5 0.25 0.125 1/1 1\n");
    }
  }

  /** A test table of one LONG gauge per source, named after it ("first": First). */
  @SafeVarargs
  private static MBeanTable.Builder longGauges(String type, Source<Long>... sources) {
    MBeanTable.Builder rows =
        MBeanTable.table(MBeanGroup.HOST, type, MBeanTable.Naming.SINGLETON, "test");
    for (Source<Long> s : sources) {
      String name = Character.toUpperCase(s.name().charAt(0)) + s.name().substring(1);
      rows.from(s).gauge(name, LONG, "count", v -> v).described(s.name(), s.name());
    }
    return rows;
  }

  /** Readings of {@code sources}, each answering its own count of reads (the wide one "wide"). */
  private Readings readingsOf(long cacheMillis, Source<?>... sources) {
    Readings.Builder b =
        Readings.cached(cacheMillis)
            .refreshedOn(counted, Snapshot.DEFAULT_DEADLINE_MILLIS)
            .observedBy(s -> sourceReads.merge(s.name(), 1, Integer::sum));
    for (Source<?> s : sources) {
      bind(b, s);
    }
    return b.build();
  }

  @SuppressWarnings("unchecked")
  private void bind(Readings.Builder b, Source<?> source) {
    if (source.wider() != null) {
      b.with((Source<Integer>) source, () -> -1); // taken out of the wide reading, never read
    } else if (source.name().equals("wide")) {
      b.with((Source<String>) source, () -> "wide");
    } else {
      AtomicInteger reads = new AtomicInteger();
      b.with((Source<Long>) source, () -> (long) reads.incrementAndGet());
    }
  }

  private ObjectName register(MBeanTable table, Readings readings, String type) throws Exception {
    return register(new TableMBean(table, readings), type);
  }

  private ObjectName register(TableMBean bean, String type) throws Exception {
    ObjectName name = new ObjectName("test:type=" + type);
    server.registerMBean(bean, name);
    sourceReads.clear();
    return name;
  }

  /** The test's reading threads blocked opening a file: those a FIFO without writer holds. */
  private static long threadsOpening() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(e -> e.getKey().getName().startsWith(POOL))
        .filter(e -> e.getValue().length > 0 && e.getValue()[0].getMethodName().startsWith("open"))
        .count();
  }

  private static Map<String, Object> values(AttributeList list) {
    Map<String, Object> out = new HashMap<>();
    for (Attribute a : list.asList()) {
      out.put(a.getName(), a.getValue());
    }
    return out;
  }
}

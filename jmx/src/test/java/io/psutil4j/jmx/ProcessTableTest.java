package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Process;
import io.psutil4j.spi.Platform;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import javax.management.MBeanOperationInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.RuntimeMBeanException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Process MBean in a real MBeanServer over this JVM's own /proc/self, with no cache: an
 * attribute reads its own kernel file and nothing else (NumFds never pays for smaps_rollup, the
 * task table or io), and smaps_rollup keeps its slower interval.
 */
class ProcessTableTest {
  private static final long FOOTPRINT_MILLIS = 60_000;

  private final Map<String, Integer> kernelCalls = new ConcurrentHashMap<>();
  private final Map<String, Integer> sourceReads = new ConcurrentHashMap<>();
  private final MBeanServer server = MBeanServerFactory.newMBeanServer();
  private ObjectName process;

  @BeforeEach
  void register() throws Exception {
    Platform platform = CountingPlatform.countingProcesses(kernelCalls);
    Process self = Process.of(platform, platform.selfPid());
    Readings readings =
        ProcessTable.readings(
            platform,
            self,
            () -> null,
            ScaleOptions.defaults().withFootprintIntervalMillis(FOOTPRINT_MILLIS),
            Readings.cached(0).observedBy(s -> sourceReads.merge(s.name(), 1, Integer::sum)));
    process = new ObjectName("test:type=Process");
    server.registerMBean(
        new TableMBean(ProcessTable.TABLE, readings, ProcessTable.operations(null)), process);
    kernelCalls.clear();
    sourceReads.clear();
  }

  @Test
  void numFdsListsTheFdDirectoryAndReadsNothingElse() throws Exception {
    long before = openFds();
    int numFds = (Integer) server.getAttribute(process, "NumFds");
    long after = openFds();

    // listing the directory holds one descriptor of its own; other threads may open or close some
    assertTrue(
        numFds >= Math.min(before, after) - 2 && numFds <= Math.max(before, after) + 2,
        "NumFds " + numFds + ", /proc/self/fd " + before + " then " + after);
    assertEquals(Map.of(ProcessTable.FDS.name(), 1), sourceReads);
    assertEquals(Map.of("process.numFds", 1), kernelCalls);
  }

  @Test
  void rssReadsStatmAlone() throws Exception {
    long before = statmResidentBytes();
    long rss = (Long) server.getAttribute(process, "Rss");
    long after = statmResidentBytes();

    long slack = 16L << 20; // the JVM's own threads allocate meanwhile
    assertTrue(
        rss >= Math.min(before, after) - slack && rss <= Math.max(before, after) + slack,
        "Rss " + rss + ", statm " + before + " then " + after);
    assertEquals(Map.of(ProcessTable.MEMORY.name(), 1), sourceReads);
    assertEquals(Map.of("process.memoryInfo", 1), kernelCalls);
  }

  @Test
  void everyAttributeAtOnceReadsEachSourceOnceAndSmapsRollupKeepsItsInterval() throws Exception {
    String[] all = ProcessTable.TABLE.rows.stream().map(r -> r.name).toArray(String[]::new);

    assertEquals(all.length, server.getAttributes(process, all).size());
    for (Source<?> source : sources()) {
      assertEquals(1, sourceReads.get(source.name()), source.name() + " in " + sourceReads);
    }
    assertEquals(sources().length, sourceReads.size(), String.valueOf(sourceReads));
    assertEquals(1, kernelCalls.get("process.memoryFootprint"), String.valueOf(kernelCalls));
    // statm and num_threads come with the status source's one reading, not on their own
    assertEquals(1, kernelCalls.get("process.memoryInfoEx"), String.valueOf(kernelCalls));
    assertEquals(1, kernelCalls.get("process.numThreads"), String.valueOf(kernelCalls));
    assertNull(kernelCalls.get("process.memoryInfo"), String.valueOf(kernelCalls));

    long pss = (Long) server.getAttribute(process, "Pss");
    server.getAttribute(process, "Uss");
    assertTrue(pss > 0, "Pss " + pss);
    // no cache for the rest, but smaps_rollup is read at most every FOOTPRINT_MILLIS
    assertEquals(1, kernelCalls.get("process.memoryFootprint"), String.valueOf(kernelCalls));
    server.getAttribute(process, "Rss");
    assertEquals(1, kernelCalls.get("process.memoryInfo"), String.valueOf(kernelCalls));
  }

  @Test
  void numThreadsReadsStatusAlone() throws Exception {
    int threads = (Integer) server.getAttribute(process, "NumThreads");

    assertTrue(threads >= Thread.activeCount(), threads + " native, " + Thread.activeCount());
    assertEquals(Map.of(ProcessTable.THREADS.name(), 1), sourceReads);
    assertEquals(Map.of("process.numThreads", 1), kernelCalls);
  }

  @Test
  void readingAgeOfStatmServedByTheStatusSourceIsThatReadingsAge() throws Exception {
    server.getAttribute(process, "Rss");
    Thread.sleep(300);
    String[] all = ProcessTable.TABLE.rows.stream().map(r -> r.name).toArray(String[]::new);
    long fullAsked = System.nanoTime();
    server.getAttributes(process, all);

    double age = (Double) server.getAttribute(process, "ReadingAgeSeconds");
    double sinceAsked = (System.nanoTime() - fullAsked) / 1e9;
    // Rss's own statm reading is 0.3 s old, but the full read served it from the status source
    assertTrue(age <= sinceAsked, age + " s, full read asked " + sinceAsked + " s ago");
  }

  @Test
  void cpuPercentSpansTheTimeSinceTheStatSourceWasLastRead() throws Exception {
    assertEquals(0.0, server.getAttribute(process, "CpuPercent")); // psutil: the first call is 0
    long start = cpuTicks();
    long spin = 0;
    while (cpuTicks() - start < 50) { // 0.5 s of CPU at the usual 100 ticks per second
      spin++;
    }
    double percent = (Double) server.getAttribute(process, "CpuPercent");

    // of one CPU, up to all the kernel's, give or take a tick per thread in the sampled times
    long cpus = onlineCpus();
    assertTrue(
        percent > 0 && percent <= 110.0 * cpus,
        percent + "% of " + cpus + " CPUs after " + spin + " spins");
    assertEquals(2, sourceReads.get(ProcessTable.STAT.name()));
  }

  @Test
  void readingAgeIsTheOldestReadingsAgeAndReadsNothing() throws Exception {
    assertNull(server.getAttribute(process, "ReadingAgeSeconds"), "before any read");
    long fdsAsked = System.nanoTime();
    server.getAttribute(process, "NumFds");
    Thread.sleep(300);
    server.getAttribute(process, "Rss");
    sourceReads.clear();

    double age = (Double) server.getAttribute(process, "ReadingAgeSeconds");
    double sinceAsked = (System.nanoTime() - fdsAsked) / 1e9;
    // the fd listing, taken before the sleep, is the oldest; Rss's statm is newer
    assertTrue(age >= 0.3 && age <= sinceAsked, age + " s, fds asked " + sinceAsked + " s ago");
    assertTrue(sourceReads.isEmpty(), String.valueOf(sourceReads));
  }

  @Test
  void heapTrimIsAnActionAndRefusedForAProcessWithoutATrimmer() throws Exception {
    MBeanOperationInfo op = server.getMBeanInfo(process).getOperations()[0];
    assertEquals("heapTrim", op.getName());
    assertEquals(MBeanOperationInfo.ACTION, op.getImpact());

    RuntimeMBeanException refused =
        assertThrows(
            RuntimeMBeanException.class, () -> server.invoke(process, "heapTrim", null, null));
    assertTrue(
        refused.getCause() instanceof UnsupportedOperationException, String.valueOf(refused));
    assertTrue(sourceReads.isEmpty(), String.valueOf(sourceReads));
  }

  /** The sources a read of every attribute reads: statm and num_threads come with STATUS. */
  private static Source<?>[] sources() {
    return new Source<?>[] {
      ProcessTable.PID,
      ProcessTable.STAT,
      ProcessTable.STATUS,
      ProcessTable.FDS,
      ProcessTable.CTX_SWITCHES,
      ProcessTable.FOOTPRINT,
      ProcessTable.IO,
      ProcessTable.NOFILE,
      ProcessTable.HEAP
    };
  }

  private static long openFds() throws IOException {
    try (Stream<Path> fds = Files.list(Paths.get("/proc/self/fd"))) {
      return fds.count();
    }
  }

  private static long statmResidentBytes() throws IOException {
    String statm = Files.readString(Paths.get("/proc/self/statm"), StandardCharsets.US_ASCII);
    return Long.parseLong(statm.trim().split(" ")[1]) * pageSize();
  }

  private static long pageSize() throws IOException {
    // the kernel's page size, as the auxiliary vector gives it (AT_PAGESZ, 6)
    byte[] auxv = Files.readAllBytes(Paths.get("/proc/self/auxv"));
    ByteBuffer b = ByteBuffer.wrap(auxv).order(ByteOrder.nativeOrder());
    while (b.remaining() >= 16) {
      long key = b.getLong();
      long value = b.getLong();
      if (key == 6) {
        return value;
      }
    }
    throw new IllegalStateException("no AT_PAGESZ in /proc/self/auxv");
  }

  /** The cpuN lines of /proc/stat. */
  private static long onlineCpus() throws IOException {
    try (Stream<String> lines = Files.lines(Paths.get("/proc/stat"))) {
      return lines.filter(l -> l.matches("cpu\\d+ .*")).count();
    }
  }

  /** utime + stime of this JVM in clock ticks, from /proc/self/stat. */
  private static long cpuTicks() throws IOException {
    String stat = Files.readString(Paths.get("/proc/self/stat"), StandardCharsets.US_ASCII);
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Long.parseLong(f[11]) + Long.parseLong(f[12]);
  }
}

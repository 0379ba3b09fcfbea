package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.Psutil;
import io.psutil4j.jmx.JmxConfig;
import io.psutil4j.jmx.PsutilMBeans;
import io.psutil4j.jmx.Registration;
import io.psutil4j.jmx.ScaleOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.TabularData;
import org.junit.jupiter.api.Test;

/**
 * process_iter, {@code ps} and the Threads MBean while a shell forks short-lived processes as fast
 * as it can and Java threads are started and stopped continuously: only the documented exceptions,
 * no hang, and every answer consistent with the kernel (our own pid always listed, every pid a live
 * directory in /proc at some point, thread rows within what /proc/self/task held).
 */
class ProcessChurnTest {
  private static final Duration RUN = Duration.ofSeconds(12);
  private static final List<String> ATTRS =
      List.of("pid", "name", "status", "cmdline", "create_time", "memory_info", "num_threads");

  @Test
  void readersSurviveProcessAndThreadChurn() throws Exception {
    // Each loop forks 8 subshells that exit at once (birth, exit, reap) and prints one line;
    // every 4th is an exec of /bin/true, so exec'ing processes (comm changes) churn too.
    java.lang.Process spawner =
        new ProcessBuilder(
                "sh",
                "-c",
                "while :; do (exit) & (exit) & (exit) & /bin/true & (exit) & (exit) & (exit) &"
                    + " /bin/true & wait; echo; done")
            .redirectErrorStream(true)
            .start();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong loops = new AtomicLong();
    AtomicLong threadsBorn = new AtomicLong();
    List<Thread> background = new ArrayList<>();
    background.add(daemon(() -> countLines(spawner.getInputStream(), loops)));
    // two thread churners: on a 2-core CI machine more would starve the process spawner
    for (int i = 0; i < 2; i++) {
      background.add(daemon(() -> churnThreads(stop, threadsBorn)));
    }
    MBeanServer server = MBeanServerFactory.newMBeanServer();
    // every thread in the table (by default it holds the 100 busiest)
    JmxConfig config =
        JmxConfig.of("churn", 0)
            .withScale(ScaleOptions.defaults().withThreadsTableMax(ScaleOptions.MAX_LIMIT));
    Registration registration = PsutilMBeans.register(server, config);
    long loopsBefore = loops.get();
    Counts counts = new Counts();
    try {
      assertTimeoutPreemptively(
          RUN.plusSeconds(30), () -> readUntil(System.nanoTime() + RUN.toNanos(), server, counts));
    } finally {
      stop.set(true);
      spawner.descendants().forEach(ProcessHandle::destroyForcibly);
      spawner.destroyForcibly();
      spawner.waitFor(10, TimeUnit.SECONDS);
      registration.close();
    }
    long births = (loops.get() - loopsBefore) * 8;
    double perSecond = births / (double) RUN.toSeconds();
    String summary =
        String.format(
            "churn seconds=%d process_births=%d births_per_s=%.0f java_threads_born=%d"
                + " process_iter=%d ps=%d threads_mbean=%d single_reads=%d"
                + " vanished=%d access_denied=%d",
            RUN.toSeconds(),
            births,
            perSecond,
            threadsBorn.get(),
            counts.iterations,
            counts.psRuns,
            counts.threadReads,
            counts.singleReads,
            counts.vanished,
            counts.denied);
    System.out.println(summary);
    Path reports = Files.createDirectories(Paths.get("target/reliability"));
    Files.writeString(reports.resolve("churn.txt"), summary + "\n");
    // a floor proving there was churn to survive even on a loaded 2-core machine (where the
    // spawner shares the cores with the readers); the rate reached is in the summary
    assertTrue(perSecond >= 50, "the spawner made only " + perSecond + " processes/s");
    assertTrue(counts.iterations > 0 && counts.psRuns > 0 && counts.threadReads > 0, summary);
    assertTrue(counts.singleReads > 0, "no process was read whole: " + summary);
    // the point of the churn: processes vanished between process_iter and the reads
    assertTrue(counts.vanished > 0, "no process vanished under the readers: " + summary);
  }

  private static final class Counts {
    long iterations;
    long psRuns;
    long threadReads;
    long singleReads;
    long vanished;
    long denied;
  }

  private static void readUntil(long deadline, MBeanServer server, Counts counts) throws Exception {
    int self = (int) ProcessHandle.current().pid();
    ObjectName threads = new ObjectName("churn:type=Threads");
    while (System.nanoTime() < deadline) {
      long firstPid = Long.MAX_VALUE;
      List<Process> procs = Psutil.processIter(ATTRS, null);
      counts.iterations++;
      boolean selfSeen = false;
      int previous = 0;
      for (Process p : procs) {
        assertTrue(p.pid() > previous, "process_iter is sorted by pid, without duplicates");
        previous = p.pid();
        selfSeen |= p.pid() == self;
        assertEquals(p.pid(), p.info().get("pid"));
        assertTrue(p.createTime() <= System.currentTimeMillis() / 1000.0 + 1);
        firstPid = Math.min(firstPid, p.pid());
      }
      assertTrue(selfSeen, "our own pid " + self + " is always listed");
      assertEquals(1, firstPid, "init is always listed");
      counts.singleReads += readEachSingly(procs, counts);

      Cli ps = Cli.run("ps");
      counts.psRuns++;
      assertEquals(0, ps.exitCode, ps.err);
      assertTrue(ps.out.lines().anyMatch(l -> pidColumn(l) == self), "ps lists us");

      long before = tasks();
      TabularData rows = (TabularData) server.getAttribute(threads, "Threads");
      long after = tasks();
      counts.threadReads++;
      // a thread may be born or die between our two looks at /proc/self/task, not more
      assertTrue(
          rows.size() >= Math.min(before, after) - 8 && rows.size() <= Math.max(before, after) + 8,
          rows.size() + " rows vs /proc/self/task " + before + ".." + after);
    }
  }

  /**
   * Reads the newest processes one by one: they are the ones most likely to vanish meanwhile.
   * Newest by creation time, not by pid: under this churn the kernel's pids wrap around (pid_max is
   * 32768 on many hosts), and then the highest pids belong to long-lived processes.
   */
  private static long readEachSingly(List<Process> procs, Counts counts) {
    long reads = 0;
    List<Process> newest = new ArrayList<>(procs);
    newest.sort(Comparator.comparingDouble(Process::createTime).reversed());
    for (Process p : newest.subList(0, Math.min(20, newest.size()))) {
      try {
        Process fresh = Process.of(p.pid());
        fresh.cmdline();
        fresh.status();
        fresh.memoryInfo();
        fresh.numThreads();
        reads++;
      } catch (NoSuchProcess | AccessDenied e) { // ZombieProcess is a NoSuchProcess
        assertTrue(e.getMessage().matches(".*\\bpid=" + p.pid() + "\\b.*"), e.getMessage());
        if (e instanceof NoSuchProcess) {
          counts.vanished++;
        } else {
          counts.denied++;
        }
      }
    }
    return reads;
  }

  private static int pidColumn(String line) {
    String[] cols = line.trim().split("\\s+");
    return cols.length > 1 && cols[1].matches("[0-9]+") ? Integer.parseInt(cols[1]) : -1;
  }

  private static long tasks() throws IOException {
    try (Stream<Path> s = Files.list(Paths.get("/proc/self/task"))) {
      return s.count();
    }
  }

  private static void churnThreads(AtomicBoolean stop, AtomicLong born) {
    while (!stop.get()) {
      Thread t = new Thread(() -> sleepQuietly(2), "churn-worker");
      t.start();
      born.incrementAndGet();
      try {
        t.join();
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static void countLines(InputStream in, AtomicLong lines) {
    try {
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          lines.incrementAndGet();
        }
      }
    } catch (IOException e) {
      // the spawner was killed
    }
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "churn-driver");
    t.setDaemon(true);
    t.start();
    return t;
  }
}

package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.CtxSwitchesAllThreads.Source;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.testutil.Sleepers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Context switches of a whole process against what the kernel says: workers that sleep a known
 * number of times are counted after they exit, and psutil's num_ctx_switches() stays the leader's.
 */
class ProcessCtxSwitchesTest {
  private static final int WORKERS = 8;
  private static final int SLEEPS = 400;

  private final Spawn spawn = new Spawn();

  @AfterEach
  void reap() {
    spawn.close();
  }

  /**
   * 8 threads x 400 Thread.sleep(1): each sleep blocks in the kernel, a voluntary switch. The
   * workers are read once while parked (proc_tasks can only remember a thread it has seen), then
   * exit; the total counts them afterwards with either source.
   */
  @Test
  void exitedWorkersSleepsAreCounted() throws Exception {
    Process self = Process.current();
    long before = self.numCtxSwitchesAllThreads().voluntary();
    CountDownLatch slept = new CountDownLatch(WORKERS);
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> workers = sleepers(slept, release);
    slept.await();
    CtxSwitchesAllThreads seen = self.numCtxSwitchesAllThreads();
    Sleepers.release(release, workers);
    CtxSwitchesAllThreads after = self.numCtxSwitchesAllThreads();
    assertTrue(
        after.voluntary() - before >= WORKERS * SLEEPS,
        "8 x 400 sleeps, read " + (after.voluntary() - before) + " (" + after + ")");
    assertTrue(after.voluntary() >= seen.voluntary(), seen + " -> " + after);
    assertTrue(after.involuntary() >= seen.involuntary(), seen + " -> " + after);
  }

  /** getrusage needs no earlier reading: workers never observed alive still count. */
  @Test
  void getrusageCountsWorkersItNeverSaw() throws Exception {
    assumeTrue(NativeLinux.available(), "JNA cannot load here");
    long before = NativeLinux.selfCtxSwitches()[0];
    CountDownLatch slept = new CountDownLatch(WORKERS);
    for (Thread t : sleepers(slept, new CountDownLatch(0))) {
      t.join();
    }
    long counted = NativeLinux.selfCtxSwitches()[0] - before;
    assertTrue(counted >= WORKERS * SLEEPS, "8 x 400 sleeps, getrusage read " + counted);
  }

  /** Before JDK 24, or with native access on, this JVM's total is getrusage's. */
  @Test
  void sourceFollowsNativeAccess() {
    Source expected =
        NativeLinux.loadsQuietly() && NativeLinux.available()
            ? Source.GETRUSAGE
            : Source.PROC_TASKS;
    assertEquals(expected, Process.current().numCtxSwitchesAllThreads().source());
  }

  /** psutil parity: num_ctx_switches() is the leader's status lines, nothing more. */
  @Test
  void numCtxSwitchesIsTheLeadersStatus() throws Exception {
    Process sleeper = spawn.sleeper();
    CtxSwitches psutil = sleeper.numCtxSwitches();
    String status =
        new String(
            Files.readAllBytes(Paths.get("/proc", Integer.toString(sleeper.pid()), "status")),
            StandardCharsets.US_ASCII);
    assertEquals(statusValue(status, "voluntary_ctxt_switches:"), psutil.voluntary());
    assertEquals(statusValue(status, "nonvoluntary_ctxt_switches:"), psutil.involuntary());
    // one thread, another process: the all-threads sum is the same numbers, from the tasks
    CtxSwitchesAllThreads all = sleeper.numCtxSwitchesAllThreads();
    assertEquals(Source.PROC_TASKS, all.source());
    assertEquals(psutil.voluntary(), all.voluntary());
    assertEquals(psutil.involuntary(), all.involuntary());
  }

  /** This JVM: the leader sleeps in main while the workers switch, so the total is far above. */
  @Test
  void jvmTotalExceedsItsLeaderThread() throws Exception {
    CountDownLatch slept = new CountDownLatch(WORKERS);
    CountDownLatch release = new CountDownLatch(1);
    List<Thread> workers = sleepers(slept, release);
    slept.await();
    Process self = Process.current();
    CtxSwitchesAllThreads all = self.numCtxSwitchesAllThreads();
    CtxSwitches leader = self.numCtxSwitches();
    Sleepers.release(release, workers);
    assertTrue(all.voluntary() >= leader.voluntary() + WORKERS * SLEEPS, leader + " vs " + all);
  }

  private static long statusValue(String status, String key) {
    for (String line : status.split("\n")) {
      if (line.startsWith(key)) {
        return Long.parseLong(line.substring(key.length()).trim());
      }
    }
    throw new AssertionError(key + " not in status");
  }

  private static List<Thread> sleepers(CountDownLatch slept, CountDownLatch release) {
    return Sleepers.start(WORKERS, SLEEPS, slept, release);
  }
}

package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.CtxSwitchesAllThreads;
import io.psutil4j.CtxSwitchesAllThreads.Source;
import io.psutil4j.testutil.Sleepers;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The /proc fallback: live threads summed, departed ones remembered, never decreasing. */
class TaskSwitchTallyTest {
  private static Map<Integer, long[]> tasks(long[]... tidVolInvol) {
    Map<Integer, long[]> m = new HashMap<>();
    for (long[] t : tidVolInvol) {
      m.put((int) t[0], new long[] {t[1], t[2]});
    }
    return m;
  }

  @Test
  void departedThreadKeepsItsLastCounts() {
    TaskSwitchTally tally = new TaskSwitchTally();
    assertSums(tally.add(tasks(new long[] {1, 2, 0}, new long[] {2, 100, 5})), 102, 5);
    // tid 2 exited: its 100/5 stay in the total
    assertSums(tally.add(tasks(new long[] {1, 3, 0})), 103, 5);
    assertSums(tally.add(tasks(new long[] {1, 3, 0}, new long[] {3, 7, 1})), 110, 6);
  }

  @Test
  void reusedThreadIdWithLowerCountIsANewThread() {
    TaskSwitchTally tally = new TaskSwitchTally();
    tally.add(tasks(new long[] {1, 2, 0}, new long[] {9, 100, 5}));
    // tid 9 now belongs to a fresh thread with 4 switches: the old 100/5 are departed
    assertSums(tally.add(tasks(new long[] {1, 2, 0}, new long[] {9, 4, 0})), 106, 5);
  }

  @Test
  void neverDecreasesWhileThreadsComeAndGoInThisJvm() throws Exception {
    TaskSwitchTally tally = new TaskSwitchTally();
    CtxSwitchesAllThreads first = tally.read(Paths.get("/proc/self"));
    assertEquals(Source.PROC_TASKS, first.source());
    CtxSwitchesAllThreads previous = first;
    int rounds = 20;
    int perRound = 10;
    int sleeps = 20;
    for (int round = 0; round < rounds; round++) {
      CountDownLatch slept = new CountDownLatch(perRound);
      CountDownLatch release = new CountDownLatch(1);
      List<Thread> threads = Sleepers.start(perRound, sleeps, slept, release);
      slept.await();
      CtxSwitchesAllThreads during = tally.read(Paths.get("/proc/self"));
      Sleepers.release(release, threads);
      CtxSwitchesAllThreads after = tally.read(Paths.get("/proc/self"));
      for (CtxSwitchesAllThreads now : List.of(during, after)) {
        assertTrue(now.voluntary() >= previous.voluntary(), previous + " -> " + now);
        assertTrue(now.involuntary() >= previous.involuntary(), previous + " -> " + now);
        previous = now;
      }
    }
    long counted = previous.voluntary() - first.voluntary();
    assertTrue(counted >= rounds * perRound * sleeps, "200 threads x 20 sleeps, read " + counted);
  }

  private static void assertSums(CtxSwitchesAllThreads c, long voluntary, long involuntary) {
    assertEquals(voluntary, c.voluntary(), c.toString());
    assertEquals(involuntary, c.involuntary(), c.toString());
  }
}

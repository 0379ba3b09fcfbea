package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.psutil4j.CtxSwitchesAllThreads;
import io.psutil4j.CtxSwitchesAllThreads.Source;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The whole-process switches cost the cheap attributes nothing when counted thread by thread. */
class AllThreadSwitchesTest {
  private static final long PER_THREAD_MILLIS = 10_000;

  private final AtomicLong now = new AtomicLong();
  private final AtomicInteger reads = new AtomicInteger();

  private AllThreadSwitches counted(Source source) {
    return new AllThreadSwitches(
        () -> CtxSwitchesAllThreads.of(reads.incrementAndGet(), 0, source),
        0,
        PER_THREAD_MILLIS,
        now::get);
  }

  @Test
  void countedPerThreadTheyAreReadAtMostEveryTenSeconds() {
    AllThreadSwitches s = counted(Source.PROC_TASKS);
    assertEquals(1, s.get().voluntary());
    for (int i = 0; i < 5; i++) {
      now.addAndGet(1_000_000_000L); // a scrape a second
      s.get();
    }
    // the first reading, then one more at the first read of the slow snapshot
    assertEquals(2, reads.get());
    now.addAndGet(PER_THREAD_MILLIS * 1_000_000L);
    s.get();
    assertEquals(3, reads.get());
  }

  @Test
  void countedByGetrusageTheyFollowTheCacheInterval() {
    AllThreadSwitches s = counted(Source.GETRUSAGE);
    for (int i = 0; i < 5; i++) {
      now.addAndGet(1_000_000_000L);
      s.get();
    }
    assertEquals(5, reads.get());
  }
}

package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

class SnapshotTest {
  @Test
  void oneReadServesEveryCallerUntilTheIntervalEnds() {
    AtomicLong now = new AtomicLong();
    AtomicInteger reads = new AtomicInteger();
    Snapshot<Integer> s = new Snapshot<>(reads::incrementAndGet, 1000, now::get);
    assertEquals(1, s.get());
    now.set(999_999_999L);
    assertEquals(1, s.get());
    now.set(1_000_000_000L);
    assertEquals(2, s.get());
    assertEquals(2, reads.get());
  }

  @Test
  void aFailedReadIsNullForTheIntervalThenRetried() {
    AtomicLong now = new AtomicLong();
    AtomicInteger calls = new AtomicInteger();
    Snapshot<String> s =
        new Snapshot<>(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("kernel said no");
              }
              return "ok";
            },
            10,
            now::get);
    assertNull(s.get());
    assertNull(s.get());
    now.set(10_000_000L);
    assertEquals("ok", s.get());
  }

  @Test
  void aCallerDuringARefreshGetsTheLastReadingAtOnceAndOneReadRunsAtATime() throws Exception {
    AtomicLong now = new AtomicLong();
    AtomicInteger reads = new AtomicInteger();
    CountDownLatch release = new CountDownLatch(1);
    Snapshot<Integer> s =
        new Snapshot<>(
            () -> {
              int n = reads.incrementAndGet();
              if (n == 2) {
                awaitQuietly(release);
              }
              return n;
            },
            10,
            100,
            now::get,
            Refreshers.SHARED);
    assertEquals(1, s.get());
    now.set(10_000_000L);
    assertEquals(1, s.get(), "the refresh passed the 100 ms deadline: the last reading");
    for (int i = 0; i < 5; i++) {
      assertEquals(1, s.get(), "a refresh under way: the last reading, at once");
    }
    assertEquals(2, reads.get(), "one refresh at a time, whatever the callers");
    release.countDown();
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> s.get() == 2);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
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
}

package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The reading threads: an idle one takes the next task, a busy one (a hung read) never delays
 * another task, and an idle one ends after the idle time.
 */
class RefreshersTest {
  private static final long IDLE_MILLIS = 300;

  private final Refreshers pool = new Refreshers(TimeUnit.MILLISECONDS.toNanos(IDLE_MILLIS));

  private Thread runOn() throws Exception {
    CompletableFuture<Thread> ran = new CompletableFuture<>();
    pool.execute(() -> ran.complete(Thread.currentThread()));
    return ran.get(5, TimeUnit.SECONDS);
  }

  @Test
  void anIdleThreadTakesTheNextTaskAndEndsAfterTheIdleTime() throws Exception {
    Thread first = runOn();
    assertTrue(first.isDaemon() && first.getName().startsWith("psutil4j-read-"), first.getName());
    // parked for its next task: back on the idle list
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> first.getState() == Thread.State.TIMED_WAITING);
    assertSame(first, runOn(), "the idle thread, not a new one");

    first.join(IDLE_MILLIS * 10);
    assertFalse(first.isAlive(), "idle for " + IDLE_MILLIS + " ms: ended");
    assertNotSame(first, runOn(), "a new thread once the idle one ended");
  }

  @Test
  void aTaskThatNeverEndsHoldsOneThreadAndDelaysNoOther() throws Exception {
    CountDownLatch hung = new CountDownLatch(1);
    CompletableFuture<Thread> holder = new CompletableFuture<>();
    pool.execute(
        () -> {
          holder.complete(Thread.currentThread());
          try {
            hung.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    Thread held = holder.get(5, TimeUnit.SECONDS);
    try {
      for (int i = 0; i < 3; i++) {
        assertNotSame(held, runOn(), "the hung task's thread takes no other");
      }
    } finally {
      hung.countDown();
    }
  }
}

package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Every call of a round ends exactly one way — in time, late (dropped on its thread), or never
 * begun (dropped) — so no refresh is left claimed for good, whatever the threads do.
 */
class SerialCallsTest {
  /** A call that counts what happened to it, optionally blocking until released. */
  static final class Recorded implements SerialCalls.Call {
    final AtomicInteger runs = new AtomicInteger();
    final AtomicInteger abandons = new AtomicInteger();
    final AtomicInteger drops = new AtomicInteger();
    private final long deadlineMillis;
    private final CountDownLatch release;

    Recorded(long deadlineMillis, CountDownLatch release) {
      this.deadlineMillis = deadlineMillis;
      this.release = release;
    }

    Recorded(long deadlineMillis) {
      this(deadlineMillis, new CountDownLatch(0));
    }

    @Override
    public void run() {
      runs.incrementAndGet();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public long deadlineNanos() {
      return deadlineMillis * 1_000_000L;
    }

    @Override
    public void abandoned() {
      abandons.incrementAndGet();
    }

    @Override
    public void dropped() {
      drops.incrementAndGet();
    }
  }

  /** Runs each task on a new daemon thread, after {@code delays[n]} ms for the n-th task. */
  private static Executor threadsStartingAfter(AtomicInteger handOffs, long... delays) {
    return task -> {
      int n = handOffs.getAndIncrement();
      long delay = n < delays.length ? delays[n] : 0;
      Thread t =
          new Thread(
              () -> {
                sleepQuietly(delay);
                task.run();
              },
              "serial-calls-test-" + n);
      t.setDaemon(true);
      t.start();
    };
  }

  @Test
  void callsThatAnswerCostOneHandOff() {
    AtomicInteger handOffs = new AtomicInteger();
    List<Recorded> calls = List.of(new Recorded(1000), new Recorded(1000), new Recorded(1000));

    boolean[] inTime = SerialCalls.callAll(calls, threadsStartingAfter(handOffs));

    assertArrayEquals(new boolean[] {true, true, true}, inTime);
    assertEquals(1, handOffs.get());
    for (Recorded c : calls) {
      assertEquals(List.of(1, 0, 0), List.of(c.runs.get(), c.abandons.get(), c.drops.get()));
    }
  }

  @Test
  void aCallGivenUpOnBeforeItsThreadStartedIsDroppedNeverMade() {
    AtomicInteger handOffs = new AtomicInteger();
    Recorded first = new Recorded(50);
    Recorded second = new Recorded(1000);

    // the first thread starts 400 ms late: past the first call's 50 ms deadline
    boolean[] inTime =
        SerialCalls.callAll(List.of(first, second), threadsStartingAfter(handOffs, 400));

    assertArrayEquals(new boolean[] {false, true}, inTime);
    assertEquals(2, handOffs.get(), "the second call went on on a fresh thread");
    assertEquals(1, first.abandons.get());
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> first.drops.get() == 1);
    assertEquals(0, first.runs.get(), "its late thread did not make it");
    assertEquals(
        List.of(1, 0, 0), List.of(second.runs.get(), second.abandons.get(), second.drops.get()));
  }

  @Test
  void anInterruptedCallerDropsTheCallsNotBegunAndTheLateOneWhenItReturns() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Recorded slow = new Recorded(60_000, release);
    Recorded next = new Recorded(1000);
    AtomicReference<boolean[]> inTime = new AtomicReference<>();
    AtomicBoolean stillInterrupted = new AtomicBoolean();
    Thread caller =
        new Thread(
            () -> {
              inTime.set(
                  SerialCalls.callAll(
                      List.of(slow, next), threadsStartingAfter(new AtomicInteger())));
              stillInterrupted.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> slow.runs.get() == 1);
    caller.interrupt();
    caller.join(5000);

    assertArrayEquals(new boolean[] {false, false}, inTime.get());
    assertTrue(stillInterrupted.get(), "the interrupt is kept for the caller's caller");
    assertEquals(List.of(0, 0, 1), List.of(next.runs.get(), next.abandons.get(), next.drops.get()));
    assertEquals(0, slow.drops.get(), "still running");
    release.countDown();
    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> slow.drops.get() == 1);
    assertEquals(0, next.runs.get(), "the slow call's thread stops after it");
  }

  private static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

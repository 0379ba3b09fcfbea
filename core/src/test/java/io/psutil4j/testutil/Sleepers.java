package io.psutil4j.testutil;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Threads that make a known number of voluntary context switches: each sleeps 1 ms {@code sleeps}
 * times (every sleep blocks in the kernel), counts down {@code slept}, then waits for {@code
 * release} before it exits, so a reader can see them alive after their sleeps.
 */
public final class Sleepers {
  private Sleepers() {}

  public static List<Thread> start(
      int workers, int sleeps, CountDownLatch slept, CountDownLatch release) {
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < workers; i++) {
      Thread t =
          new Thread(
              () -> {
                try {
                  for (int s = 0; s < sleeps; s++) {
                    Thread.sleep(1);
                  }
                  slept.countDown();
                  release.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "sleeper-" + i);
      t.start();
      threads.add(t);
    }
    return threads;
  }

  /** Lets the sleepers go and waits for them to end. */
  public static void release(CountDownLatch release, List<Thread> threads)
      throws InterruptedException {
    release.countDown();
    for (Thread t : threads) {
      t.join();
    }
  }
}

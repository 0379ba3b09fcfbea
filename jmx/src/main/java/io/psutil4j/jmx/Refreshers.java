package io.psutil4j.jmx;

import java.util.concurrent.Executor;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The daemon threads that take kernel readings for {@link Snapshot}s, so a caller can stop waiting
 * at a deadline. A snapshot has at most one refresh under way, so the pool never holds more threads
 * than there are snapshots refreshing at once (one per hung source at most); idle threads end after
 * a few seconds, so a quiet host keeps none.
 */
final class Refreshers {
  private static final long IDLE_SECONDS = 5;

  static final Executor SHARED = create();

  private Refreshers() {}

  private static Executor create() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread t = new Thread(task, "psutil4j-read-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }
}

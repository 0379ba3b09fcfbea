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

  /** A thread of {@link #SHARED}; it alone reads and writes its own count. */
  private static final class ReadingThread extends Thread {
    /** The Snapshot refreshes under way on this thread (nested: a refresh reads another). */
    int refreshes;

    ReadingThread(Runnable task, String name) {
      super(task, name);
    }
  }

  /**
   * Counts a refresh beginning on the current thread, if it is one of the reading threads.
   *
   * @return whether it counted it: {@link #refreshEnded} must then follow
   */
  static boolean refreshBegins() {
    Thread t = Thread.currentThread();
    if (t instanceof ReadingThread) {
      ((ReadingThread) t).refreshes++;
      return true;
    }
    return false;
  }

  static void refreshEnded() {
    ((ReadingThread) Thread.currentThread()).refreshes--;
  }

  /**
   * Whether the caller is a refresh under way on a reading thread: a refresh it makes of another
   * snapshot needs no hand-off of its own, since its caller already waits for this thread up to a
   * deadline (the Reconciler, on a reading thread too but waited for by no one, is not one).
   */
  static boolean inRefresh() {
    Thread t = Thread.currentThread();
    return t instanceof ReadingThread && ((ReadingThread) t).refreshes > 0;
  }

  private static Executor create() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory =
        task -> {
          Thread t = new ReadingThread(task, "psutil4j-read-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    return new ThreadPoolExecutor(
        0, Integer.MAX_VALUE, IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }
}

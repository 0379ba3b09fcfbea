package io.psutil4j.jmx;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * The daemon threads that take kernel readings for {@link Snapshot}s, so a caller can stop waiting
 * at a deadline. A snapshot has at most one refresh under way, so the pool never holds more threads
 * than there are snapshots refreshing at once (one per hung source at most); idle threads end after
 * a few seconds, so a quiet host keeps none.
 *
 * <p>A task goes to the thread that went idle last (its caches are the warmest), woken by an
 * unpark: a refresh pays this hand-off at every read. Measured on a 2-core VM, a call that does
 * nothing, to a thread idle for 1.1 s and back: 33 us (median), against 53 us through a
 * ThreadPoolExecutor's SynchronousQueue and a monitor's wait, and 27 us for a bare park/unpark.
 */
final class Refreshers implements Executor {
  private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(5);

  static final Refreshers SHARED = new Refreshers(IDLE_NANOS);

  private final long idleNanos;
  private final AtomicInteger made = new AtomicInteger();

  /** The threads waiting for a task, the last to go idle first; guarded by itself. */
  private final ArrayDeque<ReadingThread> idle = new ArrayDeque<>();

  Refreshers(long idleNanos) {
    this.idleNanos = idleNanos;
  }

  /**
   * Runs {@code task} on an idle thread, or on a new one when none is idle.
   *
   * @throws OutOfMemoryError when no thread can be started (the host is out of them)
   */
  @Override
  public void execute(Runnable task) {
    ReadingThread t;
    synchronized (idle) {
      t = idle.pollFirst();
    }
    if (t != null) {
      t.give(task);
      return;
    }
    t = new ReadingThread(this, task, "psutil4j-read-" + made.incrementAndGet());
    t.setDaemon(true);
    t.start();
  }

  /** {@code t} is done with its task and waits for the next. */
  private void idles(ReadingThread t) {
    synchronized (idle) {
      idle.addFirst(t);
    }
  }

  /** Whether {@code t}, idle too long, may end: no caller has taken it meanwhile. */
  private boolean ends(ReadingThread t) {
    synchronized (idle) {
      return idle.remove(t);
    }
  }

  /** A thread of a pool: runs the task it is given, then waits for the next, a while. */
  private static final class ReadingThread extends Thread {
    private final Refreshers pool;

    /** The task to run next, set by a caller that took this thread off the idle list. */
    private volatile @Nullable Runnable task;

    /** The Snapshot refreshes under way on this thread (nested: a refresh reads another). */
    int refreshes;

    ReadingThread(Refreshers pool, Runnable first, String name) {
      super(name);
      this.pool = pool;
      this.task = first;
    }

    void give(Runnable next) {
      task = next;
      LockSupport.unpark(this);
    }

    @Override
    public void run() {
      while (true) {
        Runnable next = awaitTask();
        if (next == null) {
          return;
        }
        try {
          next.run();
        } catch (RuntimeException | Error e) {
          // our tasks catch what they call; if one did not, this thread serves on, silently
        }
        pool.idles(this);
      }
    }

    /** The next task, or null when none came for the idle time and this thread ends. */
    private @Nullable Runnable awaitTask() {
      long idleUntil = System.nanoTime() + pool.idleNanos;
      while (true) {
        Runnable next = task;
        if (next != null) {
          task = null;
          return next;
        }
        long left = idleUntil - System.nanoTime();
        if (left <= 0 && pool.ends(this)) {
          return null;
        }
        // past the idle time but taken meanwhile: its task is on the way
        LockSupport.parkNanos(this, Math.max(left, 1_000_000L));
      }
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
}

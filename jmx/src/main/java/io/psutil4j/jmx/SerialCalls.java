package io.psutil4j.jmx;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.LockSupport;

/**
 * Calls that may never return (a read of a hung file, statvfs of a dead NFS mount), made in order
 * on one {@link Refreshers} thread while the caller waits, up to each call's own deadline. When a
 * call passes its deadline the caller gives up on it, leaving it to end its thread whenever it
 * returns, and goes on with the next calls on a fresh thread. So calls that answer cost one
 * hand-off however many they are, and a call that hangs holds one thread.
 *
 * <p>Every call ends exactly one way: it returns in time; it returns after the caller gave up on it
 * ({@link Call#dropped} then, on its thread); or it never begins (given up on before its thread
 * started, or the caller was interrupted: {@link Call#dropped} then too).
 */
final class SerialCalls {
  private SerialCalls() {}

  /** One call of a round. */
  interface Call {
    /** Makes the call, on the round's thread; must not throw. */
    void run();

    /** How long the caller waits for this call once it has begun. */
    long deadlineNanos();

    /** The call passed its deadline (running, or its thread not started yet); on the caller. */
    void abandoned();

    /**
     * No one waits for this call any more and it is not running: it returned late, or never began.
     */
    void dropped();
  }

  /**
   * Makes {@code calls} in order, as few hand-offs as the hung ones allow.
   *
   * @return for each call, whether it returned in time: only those calls' results (written by
   *     {@link Call#run}) may be read by the caller
   */
  static boolean[] callAll(List<? extends Call> calls, Executor threads) {
    boolean[] inTime = new boolean[calls.size()];
    int from = 0;
    while (from < calls.size()) {
      Round round = new Round(calls, from);
      try {
        threads.execute(round);
      } catch (RuntimeException | OutOfMemoryError e) {
        // no thread to be had (the host is out of them): call here, without a deadline, as before
        // there were deadlines
        round.run();
      }
      from = round.awaitOrAbandon(inTime);
    }
    return inTime;
  }

  /**
   * The calls from one index on, made on one thread; guarded by itself. The caller parks until the
   * thread unparks it (cheaper to wake than a monitor's wait, which a refresh pays at every read).
   */
  private static final class Round implements Runnable {
    private final List<? extends Call> calls;
    private final int from;

    /** The thread that waits for this round. */
    private final Thread caller = Thread.currentThread();

    /** The call under way on the thread, or the next it will begin. */
    private int current;

    /** When {@link #current} began, or was due to begin. */
    private long startedAt;

    /** The thread is done with this round: every call returned, or the caller gave up. */
    private boolean done;

    /** The call the caller gave up on, or -1. */
    private int abandonedAt = -1;

    Round(List<? extends Call> calls, int from) {
      this.calls = calls;
      this.from = from;
      this.current = from;
      this.startedAt = System.nanoTime();
    }

    @Override
    public void run() {
      int i;
      boolean givenUp;
      synchronized (this) {
        i = current;
        givenUp = abandonedAt == i; // before this thread began (a slow thread start, an interrupt)
        if (givenUp) {
          done = true;
        } else {
          startedAt = System.nanoTime();
        }
      }
      boolean finished = false;
      while (!givenUp && i < calls.size()) {
        calls.get(i).run(); // no lock held: the caller must see this call hang
        synchronized (this) {
          givenUp = abandonedAt == i;
          if (!givenUp) {
            i++;
            current = i;
            startedAt = System.nanoTime();
          }
          done = givenUp || i == calls.size();
          finished = done && !givenUp; // a caller that gave up waits no more
        }
      }
      if (finished) {
        LockSupport.unpark(caller); // it may wait yet: a permit it finds lets it see done
      }
      if (givenUp) {
        calls.get(i).dropped(); // the caller went on without it
      }
    }

    /**
     * Waits until every call returned or one passed its deadline; marks in {@code inTime} those
     * that returned in time and returns the index to go on from.
     */
    int awaitOrAbandon(boolean[] inTime) {
      boolean interrupted = false;
      while (true) {
        long left;
        synchronized (this) {
          if (done) {
            break;
          }
          Call call = calls.get(current);
          left = startedAt + call.deadlineNanos() - System.nanoTime();
          if (left <= 0) {
            abandonedAt = current;
            call.abandoned();
            break;
          }
        }
        LockSupport.parkNanos(this, left); // returns early when unparked, or spuriously
        if (Thread.interrupted()) {
          interrupted = true;
          synchronized (this) {
            abandonedAt = current;
          }
          break;
        }
      }
      return ended(inTime, interrupted);
    }

    /** The round as the caller leaves it: see {@link #awaitOrAbandon}. */
    private synchronized int ended(boolean[] inTime, boolean interrupted) {
      for (int i = from; i < current; i++) {
        inTime[i] = true;
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
        for (int i = current + 1; i < calls.size(); i++) {
          calls.get(i).dropped(); // the thread stops at the current call: these never begin
        }
        return calls.size();
      }
      return done ? calls.size() : abandonedAt + 1;
    }
  }
}

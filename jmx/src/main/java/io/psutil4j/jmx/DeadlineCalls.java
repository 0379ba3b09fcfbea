package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One call per key that may never return (statvfs of a dead NFS mount, a sysfs file of a wedged
 * driver), each with a deadline. A key whose call passes the deadline is stuck: it reads null, and
 * later rounds skip it until that call returns, so a hung mount holds one thread, not one per round
 * (node_exporter's stuck mounts).
 *
 * <p>The calls of one round run in order on one {@link Refreshers} thread; the caller waits. When a
 * call passes its deadline, the caller marks its key stuck and goes on with the next keys on a
 * fresh thread. A round without a hang therefore costs one hand-off, not one per key.
 */
final class DeadlineCalls<K, V> {
  /** How long one call may take before its key is stuck. */
  static final long DEFAULT_DEADLINE_MILLIS = 1000;

  private final Function<K, V> call;
  private final long deadlineNanos;
  private final Executor threads;
  private final Set<K> stuck = ConcurrentHashMap.newKeySet();

  DeadlineCalls(Function<K, V> call, long deadlineMillis, Executor threads) {
    if (deadlineMillis <= 0) {
      throw new IllegalArgumentException("call deadline must be > 0 ms, got " + deadlineMillis);
    }
    this.call = call;
    this.deadlineNanos = deadlineMillis * 1_000_000L;
    this.threads = threads;
  }

  DeadlineCalls(Function<K, V> call) {
    this(call, DEFAULT_DEADLINE_MILLIS, Refreshers.SHARED);
  }

  /**
   * Each key's value; null for a key whose call failed, passed the deadline, or is still stuck from
   * an earlier round.
   */
  Map<K, V> callAll(Collection<K> keys) {
    List<K> todo = new ArrayList<>(keys.size());
    for (K k : keys) {
      if (!stuck.contains(k)) {
        todo.add(k);
      }
    }
    Map<K, V> out = new HashMap<>();
    int from = 0;
    while (from < todo.size()) {
      Round round = new Round(todo, from);
      try {
        threads.execute(round);
      } catch (RuntimeException | OutOfMemoryError e) {
        // no thread to be had: call here, without a deadline, as before there were deadlines
        round.run();
      }
      from = round.awaitOrAbandon(out);
    }
    return out;
  }

  /** The keys stuck now: their call passed the deadline and has not returned. */
  Set<K> stuck() {
    return Set.copyOf(stuck);
  }

  /** The calls from one index on, made on one thread; guarded by itself. */
  private final class Round implements Runnable {
    private final List<K> keys;
    private final int from;
    private final List<V> values = new ArrayList<>();
    private int current;
    private long startedAt;
    private boolean done;
    private int abandonedAt = -1;

    Round(List<K> keys, int from) {
      this.keys = keys;
      this.from = from;
      this.current = from;
      this.startedAt = System.nanoTime();
    }

    @Override
    public void run() {
      while (true) {
        int i;
        synchronized (this) {
          if (abandonedAt == current) {
            stuck.remove(keys.get(current)); // given up on before it began (a slow thread start)
          }
          if (current >= keys.size() || abandonedAt >= 0) {
            done = true;
            notifyAll();
            return;
          }
          i = current;
          startedAt = System.nanoTime();
        }
        V v = callQuietly(keys.get(i)); // no lock held: the caller must see this call hang
        synchronized (this) {
          if (abandonedAt == i) {
            stuck.remove(keys.get(i)); // it returned at last: try it again next round
            return;
          }
          values.add(v);
          current = i + 1;
        }
      }
    }

    /** Waits until every call returned or one passed the deadline; returns where to go on. */
    synchronized int awaitOrAbandon(Map<K, V> out) {
      boolean interrupted = false;
      while (!done) {
        long left = startedAt + deadlineNanos - System.nanoTime();
        if (left <= 0) {
          abandonedAt = current;
          stuck.add(keys.get(current));
          break;
        }
        try {
          wait(left / 1_000_000L, (int) (left % 1_000_000L));
        } catch (InterruptedException e) {
          interrupted = true;
          abandonedAt = current;
          break;
        }
      }
      for (int i = 0; i < values.size(); i++) {
        out.put(keys.get(from + i), values.get(i));
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
        return keys.size();
      }
      return done ? keys.size() : abandonedAt + 1;
    }

    private @Nullable V callQuietly(K key) {
      try {
        return call.apply(key);
      } catch (RuntimeException e) {
        return null; // permission, a mount gone meanwhile: no value, same as psutil's error
      }
    }
  }
}

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
 * <p>The calls of one round are {@link SerialCalls}: in order on one {@link Refreshers} thread, the
 * caller waiting. When a call passes its deadline, the caller marks its key stuck and goes on with
 * the next keys on a fresh thread. A round without a hang therefore costs one hand-off, not one per
 * key.
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
    List<KeyCall> todo = new ArrayList<>(keys.size());
    for (K k : keys) {
      if (!stuck.contains(k)) {
        todo.add(new KeyCall(k));
      }
    }
    boolean[] inTime = SerialCalls.callAll(todo, threads);
    Map<K, V> out = new HashMap<>();
    for (int i = 0; i < todo.size(); i++) {
      if (inTime[i]) {
        out.put(todo.get(i).key, todo.get(i).value);
      }
    }
    return out;
  }

  /** The keys stuck now: their call passed the deadline and has not returned. */
  Set<K> stuck() {
    return Set.copyOf(stuck);
  }

  /** The call for one key; its value is read only once it returned in time. */
  private final class KeyCall implements SerialCalls.Call {
    private final K key;
    private @Nullable V value;

    KeyCall(K key) {
      this.key = key;
    }

    @Override
    public void run() {
      try {
        value = call.apply(key);
      } catch (RuntimeException e) {
        value = null; // permission, a mount gone meanwhile: no value, same as psutil's error
      }
    }

    @Override
    public long deadlineNanos() {
      return deadlineNanos;
    }

    @Override
    public void abandoned() {
      stuck.add(key);
    }

    @Override
    public void dropped() {
      stuck.remove(key); // it returned at last (or never began): try it again next round
    }
  }
}

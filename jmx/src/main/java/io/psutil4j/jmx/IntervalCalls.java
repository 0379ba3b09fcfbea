package io.psutil4j.jmx;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The costly per-entity part of a per-entity reading (statvfs of each mount, sysfs of each NIC),
 * whose cost grows with the entities: called for every entity at most every interval, the last
 * values served in between. An entity new since the last round is called at once, so a new mount's
 * sizes do not wait for the next round.
 *
 * <p>Called from one type's reading, which refreshes one at a time; the state is one immutable
 * round replaced whole, so even overlapping callers never see half of one.
 */
final class IntervalCalls<K, V> {
  private final Function<Collection<K>, Map<K, V>> calls;
  private final long intervalNanos;
  private final Snapshot.Clock clock;
  private volatile @Nullable Round<K, V> last;

  /** The keys asked for in one round, their values, and when the round began. */
  private static final class Round<K, V> {
    final Set<K> asked;
    final Map<K, V> values;
    final long at;

    Round(Set<K> asked, Map<K, V> values, long at) {
      this.asked = asked;
      this.values = values;
      this.at = at;
    }
  }

  /**
   * @param calls each key's value, null or absent when its call failed
   * @param intervalMillis the shortest time between two calls for the same key
   */
  IntervalCalls(
      Function<Collection<K>, Map<K, V>> calls, long intervalMillis, Snapshot.Clock clock) {
    this.calls = calls;
    this.intervalNanos = intervalMillis * 1_000_000L;
    this.clock = clock;
  }

  IntervalCalls(Function<Collection<K>, Map<K, V>> calls, long intervalMillis) {
    this(calls, intervalMillis, System::nanoTime);
  }

  /** The value of each of {@code keys}, called again only once the interval has passed. */
  Map<K, V> get(Collection<K> keys) {
    Round<K, V> round = last;
    long now = clock.nanoTime();
    if (round == null || now - round.at >= intervalNanos) {
      Map<K, V> values = calls.apply(keys);
      last = new Round<>(new HashSet<>(keys), values, now);
      return values;
    }
    Set<K> added = new HashSet<>();
    for (K k : keys) {
      if (!round.asked.contains(k)) {
        added.add(k);
      }
    }
    if (added.isEmpty()) {
      return round.values;
    }
    // the new keys join this round: they are called again with the others when it ends
    Map<K, V> values = new HashMap<>(round.values);
    values.putAll(calls.apply(added));
    Set<K> asked = new HashSet<>(round.asked);
    asked.addAll(added);
    last = new Round<>(asked, values, round.at);
    return values;
  }
}

package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A per-entity call whose cost grows with the entities is made at most once per interval. */
class IntervalCallsTest {
  private static final long INTERVAL_MILLIS = 10_000;

  private final AtomicLong now = new AtomicLong();
  private final Map<String, Integer> calls = new HashMap<>();

  /** Each key's value is how many times it has been called. */
  private final IntervalCalls<String, Integer> perKey =
      new IntervalCalls<>(this::callEach, INTERVAL_MILLIS, now::get);

  private Map<String, Integer> callEach(Collection<String> keys) {
    Map<String, Integer> out = new HashMap<>();
    for (String k : keys) {
      out.put(k, calls.merge(k, 1, Integer::sum));
    }
    return out;
  }

  private void advanceMillis(long millis) {
    now.addAndGet(millis * 1_000_000L);
  }

  @Test
  void withinTheIntervalNoKeyIsCalledAgainAndAfterItEveryKeyIs() {
    assertEquals(Map.of("/", 1, "/data", 1), perKey.get(List.of("/", "/data")));
    advanceMillis(INTERVAL_MILLIS - 1);
    assertEquals(Map.of("/", 1, "/data", 1), perKey.get(List.of("/", "/data")));
    assertEquals(Map.of("/", 1, "/data", 1), calls);

    advanceMillis(1);
    assertEquals(Map.of("/", 2, "/data", 2), perKey.get(List.of("/", "/data")));
    assertEquals(Map.of("/", 2, "/data", 2), calls);
  }

  @Test
  void aKeyNewWithinTheIntervalIsCalledAtOnceAndThenJoinsTheRound() {
    perKey.get(List.of("/"));
    advanceMillis(1_000);
    assertEquals(Map.of("/", 1, "/new", 1), perKey.get(List.of("/", "/new")));
    advanceMillis(1_000);
    perKey.get(List.of("/", "/new"));
    assertEquals(Map.of("/", 1, "/new", 1), calls);

    advanceMillis(INTERVAL_MILLIS); // the round began at the first call: both are due again
    perKey.get(List.of("/", "/new"));
    assertEquals(Map.of("/", 2, "/new", 2), calls);
  }

  @Test
  void aKeyWhoseCallFailedIsNotCalledAgainWithinTheInterval() {
    IntervalCalls<String, Integer> failing =
        new IntervalCalls<>(
            keys -> {
              callEach(keys);
              return Map.of(); // every call failed: no value
            },
            INTERVAL_MILLIS,
            now::get);
    failing.get(List.of("/nfs"));
    advanceMillis(1_000);
    assertEquals(Map.of(), failing.get(List.of("/nfs")));
    assertEquals(Map.of("/nfs", 1), calls);
  }

  @Test
  void anIntervalOfZeroCallsEveryTime() {
    IntervalCalls<String, Integer> always = new IntervalCalls<>(this::callEach, 0, now::get);
    always.get(List.of("eth0"));
    always.get(List.of("eth0"));
    assertEquals(Map.of("eth0", 2), calls);
  }
}

package io.psutil4j;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code wrap_numbers} for one API (the {@code nowrap=True} of {@code disk_io_counters}
 * and {@code net_io_counters}): kernel counters that wrap or reset would make totals go down, so
 * every decrease of a counter is taken as a wrap and the previous raw value is added to that
 * counter's offset. Offsets are kept per key (disk, NIC) and dropped when the key disappears; a key
 * that comes back starts from raw again. Thread-safe.
 */
final class WrapNumbers {
  private @Nullable Map<String, long[]> lastRaw;
  private final Map<String, long[]> offsets = new HashMap<>();

  /**
   * Adjusts {@code raw} (key to counters, all of the same width) and remembers it. The first call
   * returns the input unchanged.
   */
  public synchronized Map<String, long[]> apply(Map<String, long[]> raw) {
    Map<String, long[]> out = new LinkedHashMap<>();
    if (lastRaw == null) {
      lastRaw = copy(raw);
      for (Map.Entry<String, long[]> e : raw.entrySet()) {
        out.put(e.getKey(), e.getValue().clone());
      }
      return out;
    }
    offsets.keySet().retainAll(raw.keySet());
    for (Map.Entry<String, long[]> e : raw.entrySet()) {
      String key = e.getKey();
      long[] now = e.getValue();
      long[] before = lastRaw.get(key);
      if (before == null || before.length != now.length) {
        offsets.remove(key);
        out.put(key, now.clone());
        continue;
      }
      long[] offset = offsets.computeIfAbsent(key, k -> new long[now.length]);
      long[] adjusted = new long[now.length];
      for (int i = 0; i < now.length; i++) {
        if (now[i] < before[i]) {
          offset[i] += before[i];
        }
        adjusted[i] = now[i] + offset[i];
      }
      out.put(key, adjusted);
    }
    lastRaw = copy(raw);
    return out;
  }

  /**
   * {@link #apply(Map)} for values made of counters: each taken apart by {@code toArray}, rebuilt
   * by {@code of}; unmodifiable.
   */
  <T> Map<String, T> apply(
      Map<String, T> raw, Function<T, long[]> toArray, Function<long[], T> of) {
    Map<String, long[]> arrays = new LinkedHashMap<>();
    raw.forEach((k, v) -> arrays.put(k, toArray.apply(v)));
    Map<String, T> out = new LinkedHashMap<>();
    apply(arrays).forEach((k, v) -> out.put(k, of.apply(v)));
    return Collections.unmodifiableMap(out);
  }

  /** psutil's {@code cache_clear()}: forgets every sample and offset. */
  public synchronized void cacheClear() {
    lastRaw = null;
    offsets.clear();
  }

  private static Map<String, long[]> copy(Map<String, long[]> raw) {
    Map<String, long[]> copy = new HashMap<>();
    for (Map.Entry<String, long[]> e : raw.entrySet()) {
      copy.put(e.getKey(), e.getValue().clone());
    }
    return copy;
  }
}

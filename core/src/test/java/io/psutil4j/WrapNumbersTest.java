package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** psutil's wrap_numbers, on the worked example of its tests (reference §2.8). */
class WrapNumbersTest {
  private static Map<String, long[]> in(Object... keysAndValues) {
    Map<String, long[]> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], (long[]) keysAndValues[i + 1]);
    }
    return m;
  }

  @Test
  void workedExample() {
    WrapNumbers w = new WrapNumbers();
    assertArrayEquals(
        new long[] {100, 100, 100}, w.apply(in("disk1", new long[] {100, 100, 100})).get("disk1"));
    assertArrayEquals(
        new long[] {100, 100, 110}, w.apply(in("disk1", new long[] {100, 100, 10})).get("disk1"));
    assertArrayEquals(
        new long[] {100, 100, 190}, w.apply(in("disk1", new long[] {100, 100, 90})).get("disk1"));
    assertArrayEquals(
        new long[] {100, 100, 210}, w.apply(in("disk1", new long[] {100, 100, 20})).get("disk1"));
  }

  @Test
  void sameValuesAndIncreasesPassThrough() {
    WrapNumbers w = new WrapNumbers();
    w.apply(in("a", new long[] {1, 2}));
    assertArrayEquals(new long[] {1, 2}, w.apply(in("a", new long[] {1, 2})).get("a"));
    assertArrayEquals(new long[] {5, 9}, w.apply(in("a", new long[] {5, 9})).get("a"));
  }

  @Test
  void keyThatDisappearsAndReappearsStartsFromRaw() {
    WrapNumbers w = new WrapNumbers();
    w.apply(in("a", new long[] {100}, "b", new long[] {7}));
    assertArrayEquals(
        new long[] {110}, w.apply(in("a", new long[] {10}, "b", new long[] {7})).get("a"));
    Map<String, long[]> gone = w.apply(in("b", new long[] {8}));
    assertEquals(1, gone.size());
    Map<String, long[]> back = w.apply(in("a", new long[] {3}, "b", new long[] {9}));
    assertArrayEquals(new long[] {3}, back.get("a"), "a new key is returned raw");
    assertArrayEquals(new long[] {9}, back.get("b"));
    assertArrayEquals(
        new long[] {4}, w.apply(in("a", new long[] {4}, "b", new long[] {9})).get("a"));
  }

  @Test
  void newKeyIsReturnedRawBesideAdjustedOnes() {
    WrapNumbers w = new WrapNumbers();
    w.apply(in("a", new long[] {50}));
    Map<String, long[]> out = w.apply(in("a", new long[] {5}, "c", new long[] {1}));
    assertArrayEquals(new long[] {55}, out.get("a"));
    assertArrayEquals(new long[] {1}, out.get("c"));
  }

  @Test
  void cacheClearForgetsOffsets() {
    WrapNumbers w = new WrapNumbers();
    w.apply(in("a", new long[] {100}));
    w.apply(in("a", new long[] {10}));
    w.cacheClear();
    assertArrayEquals(new long[] {10}, w.apply(in("a", new long[] {10})).get("a"));
    assertArrayEquals(new long[] {15}, w.apply(in("a", new long[] {5})).get("a"));
  }

  @Test
  void psutilCacheClearHooksReset() {
    Psutil.diskIoCountersCacheClear();
    Psutil.netIoCountersCacheClear();
    Psutil.wrapNumbersCacheClear();
    Map<String, NetIoCounters> raw = Psutil.netIoCountersPernic(false);
    Map<String, NetIoCounters> adjusted = Psutil.netIoCountersPernic(true);
    assertEquals(raw.keySet(), adjusted.keySet());
  }
}

package io.psutil4j.benchmarks.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SamplesTest {
  @Test
  void percentilesAreNearestRankOfTheCountedSamplesOnly() {
    long[] nanos = new long[1000];
    for (int i = 0; i < nanos.length; i++) {
      nanos[i] = 1000 - i; // 1000 .. 1, unsorted
    }
    Samples s = new Samples(nanos, 1000);

    assertEquals(500, s.median());
    assertEquals(990, s.percentile(0.99));
    assertEquals(999, s.percentile(0.999));
    assertEquals(1000, s.max());
    assertEquals(1000, s.count());
    // only the first 10 recorded samples count: 1000 .. 991
    assertEquals(995, new Samples(nanos, 10).median());
    assertEquals(0, new Samples(nanos, 0).percentile(0.99));
  }

  @Test
  void durationsAreMicrosecondsBelowTenMillisecondsAndMillisecondsAbove() {
    assertEquals("1235 µs", Samples.format(1_234_567));
    assertEquals("12.3 ms", Samples.format(12_345_678));
  }
}

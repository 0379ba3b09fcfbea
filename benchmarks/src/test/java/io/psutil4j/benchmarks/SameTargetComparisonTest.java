package io.psutil4j.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SameTargetComparisonTest {
  @Test
  void ratiosAreOursOverPsutilAndOverTheFloorAndAMissingVariantIsADash() {
    Map<String, Map<String, Double>> rows = new TreeMap<>();
    rows.put("targetNumFds", new TreeMap<>(Map.of("psutil4j", 12.0, "psutil", 8.0, "floor", 10.0)));
    rows.put("targetAsDict", new TreeMap<>(Map.of("psutil4j", 2500.0, "psutil", 5000.0)));

    String[] lines = SameTargetComparison.table(rows, "7.2.2").split("\n");

    assertEquals(
        "| op | psutil4j µs | psutil 7.2.2 µs | OSHI µs | JDK µs | floor µs | psutil4j/psutil"
            + " | psutil4j/floor |",
        lines[0]);
    assertEquals("| targetAsDict | 2500 | 5000 | — | — | — | 0.50× | — |", lines[2]);
    assertEquals("| targetNumFds | 12.0 | 8.00 | — | — | 10.0 | 1.50× | 1.20× |", lines[3]);
  }
}

package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Fields.round1 is Python's round(x, 1): the exact binary value rounded, ties to even. */
class FieldsRoundTest {
  /** What python3 prints for round(x, 1) of each left value. */
  @Test
  void matchesPythonOnTiesAndNearTies() {
    double[][] pythonRounds = {
      {0.25, 0.2},
      {0.35, 0.3},
      {0.15, 0.1},
      {0.45, 0.5},
      {0.75, 0.8},
      {-0.25, -0.2},
      {1.05, 1.1},
      {99.95, 100.0},
      {12.65, 12.7},
      {0.05, 0.1},
      {2.5e-320, 0.0},
      {123456.25, 123456.2},
      {49.99999999999999, 50.0}
    };
    for (double[] pair : pythonRounds) {
      assertEquals(pair[1], Fields.round1(pair[0]), "round(" + pair[0] + ", 1)");
    }
  }

  /** The decimal rounding of the exact value, as BigDecimal gives it, for percents and beyond. */
  @Test
  void agreesWithExactDecimalRounding() {
    SplittableRandom random = new SplittableRandom(20);
    for (int i = 0; i < 250_000; i++) {
      double value =
          switch (i % 5) {
            case 0 -> random.nextDouble(0, 100);
            case 1 -> random.nextInt(-4000, 4000) / 40.0 + random.nextInt(-2, 3) * Math.ulp(50.0);
            case 2 -> random.nextDouble(-1e6, 1e6);
            case 3 -> random.nextDouble(-1e16, 1e16);
            default -> random.nextDouble() * Math.pow(10, -random.nextInt(1, 300));
          };
      assertEquals(exact(value), Fields.round1(value), "round1(" + value + ")");
    }
  }

  @Test
  void nonFiniteValuesPassThrough() {
    assertEquals(Double.NaN, Fields.round1(Double.NaN));
    assertEquals(Double.POSITIVE_INFINITY, Fields.round1(Double.POSITIVE_INFINITY));
  }

  private static double exact(double value) {
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
  }
}

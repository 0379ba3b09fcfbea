package io.psutil4j.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The byte counts of psutil's scripts, 1024-based: 10000 is {@code 9.8K}. */
final class Bytes {
  private static final String SYMBOLS = "KMGTPE";

  private Bytes() {}

  /** psutil._common.bytes2human: one decimal below 1K too ({@code 0.0B}, {@code 512.0B}). */
  static String human(long n) {
    int power = power(n);
    return oneDecimal(power == 0 ? n : (double) n / (1L << (10 * power)))
        + (power == 0 ? "B" : String.valueOf(SYMBOLS.charAt(power - 1)));
  }

  /**
   * procsmem.py's own convert_bytes: like bytes2human, but a plain integer below 1K ({@code 0B}).
   */
  static String convertBytes(long n) {
    return n < 1024 ? n + "B" : human(n);
  }

  /** How many times 1024 fits; bytes2human compares abs(n), so -2048 is -2.0K. */
  private static int power(long n) {
    long abs = Math.abs(n);
    int power = 0;
    while (power < SYMBOLS.length() && abs >= 1L << (10 * (power + 1))) {
      power++;
    }
    return power;
  }

  /**
   * Python's {@code "%.1f"}: rounds the double's exact value half to even, so 1.25 is 1.2 where
   * Java's {@code %.1f} says 1.3.
   */
  private static String oneDecimal(double value) {
    return new BigDecimal(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
  }
}

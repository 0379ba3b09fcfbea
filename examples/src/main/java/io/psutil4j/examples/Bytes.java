package io.psutil4j.examples;

import java.util.Locale;

/** psutil's {@code bytes2human}: 1024-based, one decimal, e.g. 10000 is {@code 9.8K}. */
final class Bytes {
  private static final String SYMBOLS = "KMGTPE";

  private Bytes() {}

  static String human(long n) {
    int power = 0;
    while (power < SYMBOLS.length() && n >= 1L << (10 * (power + 1))) {
      power++;
    }
    if (power == 0) {
      return n + "B";
    }
    double value = (double) n / (1L << (10 * power));
    return String.format(Locale.ROOT, "%.1f%c", value, SYMBOLS.charAt(power - 1));
  }
}

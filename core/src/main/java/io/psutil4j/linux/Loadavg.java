package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;

/** /proc/loadavg: {@code 0.52 0.58 0.59 2/1234 56789}; only the three averages are used. */
final class Loadavg {
  private Loadavg() {}

  /** The 1, 5 and 15 minute averages. */
  public static double[] parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    return new double[] {c.nextDouble(), c.nextDouble(), c.nextDouble()};
  }
}

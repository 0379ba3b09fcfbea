package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.nio.charset.StandardCharsets;

/**
 * /proc/zoneinfo: the sum of every zone's {@code low} watermark, in pages, which the kernel's own
 * MemAvailable estimate uses (psutil's fallback for kernels before 3.14).
 */
final class Zoneinfo {
  private static final byte[] LOW = "low ".getBytes(StandardCharsets.US_ASCII);

  private Zoneinfo() {}

  public static long sumLowWatermarkPages(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    long sum = 0;
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.match(LOW)) {
        sum += c.nextLong();
      }
      c.skipLine();
    }
    return sum;
  }
}

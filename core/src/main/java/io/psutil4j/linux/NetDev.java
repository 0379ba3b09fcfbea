package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * /proc/net/dev: two header lines, then {@code name: } and 16 counters (8 receive, 8 transmit) per
 * interface. The name ends at the line's last ':' (psutil does the same), so aliases keep theirs.
 * Values come out in psutil's {@code snetio} order.
 */
final class NetDev {
  private static final int COUNTERS = 16;

  private NetDev() {}

  /**
   * NIC name to bytes_sent, bytes_recv, packets_sent, packets_recv, errin, errout, dropin, dropout.
   */
  public static Map<String, long[]> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    c.skipLine();
    c.skipLine();
    Map<String, long[]> out = new LinkedHashMap<>();
    long[] f = new long[COUNTERS];
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.atEndOfLine()) {
        c.skipLine();
        continue;
      }
      int start = c.position();
      int colon = c.lastOnLine((byte) ':');
      if (colon <= start) {
        throw c.error("expected 'name:'");
      }
      String name = c.text(start, colon).trim();
      c.seek(colon + 1);
      for (int i = 0; i < COUNTERS; i++) {
        f[i] = c.nextLong();
      }
      c.skipSpaces();
      if (!c.atEndOfLine()) {
        throw c.error("expected 16 counters");
      }
      out.put(name, new long[] {f[8], f[0], f[9], f[1], f[2], f[10], f[3], f[11]});
      c.skipLine();
    }
    return Collections.unmodifiableMap(out);
  }
}

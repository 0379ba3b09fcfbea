package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * cgroup v2 io.stat, one line per device: {@code 8:0 rbytes=90112 wbytes=0 rios=3 wios=0 dbytes=0
 * dios=0}. Keys this parser does not know (iocost's {@code cost.*}, ...) are skipped; a key it
 * knows that is missing stays -1 in {@link Device#values()} order.
 */
final class IoStat {
  /** The keys kept, in this order. */
  public static final List<String> KEYS =
      Collections.unmodifiableList(
          Arrays.asList("rbytes", "wbytes", "rios", "wios", "dbytes", "dios"));

  private IoStat() {}

  /** One device's counters. */
  public static final class Device {
    private final int major;
    private final int minor;
    private final long[] values;

    Device(int major, int minor, long[] values) {
      this.major = major;
      this.minor = minor;
      this.values = values;
    }

    public int major() {
      return major;
    }

    public int minor() {
      return minor;
    }

    /** The counter named {@code KEYS.get(i)}, or -1 when the line lacks it. */
    public long value(int i) {
      return values[i];
    }
  }

  public static List<Device> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    List<Device> devices = new ArrayList<>();
    while (!c.atEnd()) {
      String dev = c.nextToken();
      int colon = dev.indexOf(':');
      if (colon <= 0) {
        throw c.error("expected MAJOR:MINOR before the counters");
      }
      int major = number(c, dev.substring(0, colon));
      int minor = number(c, dev.substring(colon + 1));
      long[] values = new long[KEYS.size()];
      Arrays.fill(values, -1);
      c.skipSpaces();
      while (!c.atEndOfLine()) {
        String pair = c.nextToken();
        int eq = pair.indexOf('=');
        if (eq <= 0) {
          throw c.error("expected key=value, got '" + pair + "'");
        }
        int index = KEYS.indexOf(pair.substring(0, eq));
        if (index >= 0) {
          values[index] = longNumber(c, pair.substring(eq + 1));
        }
        c.skipSpaces();
      }
      c.skipLine();
      devices.add(new Device(major, minor, values));
    }
    return Collections.unmodifiableList(devices);
  }

  private static int number(ByteCursor c, String digits) {
    long n = longNumber(c, digits);
    if (n > Integer.MAX_VALUE) {
      throw c.error("device number out of range: " + digits);
    }
    return (int) n;
  }

  static long longNumber(ByteCursor c, String digits) {
    if (digits.isEmpty() || digits.length() > 18) {
      throw c.error("expected a number, got '" + digits + "'");
    }
    long n = ByteCursor.decimal(digits);
    if (n < 0) {
      throw c.error("expected a number, got '" + digits + "'");
    }
    return n;
  }
}

package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * /proc/cpuinfo, the two things psutil takes from it: the number of lines starting with {@code
 * processor} in any case (cpu_count's fallback) and the current MHz of each CPU (cpu_freq): {@code
 * cpu MHz} (x86), {@code clock : 2000.000000MHz} (ppc) or {@code cpu MHz dynamic} (s390x), as
 * psutil HEAD reads them (#2512, #2628, #2967).
 */
final class Cpuinfo {
  private final int processors;
  private final List<Double> mhz;

  private Cpuinfo(int processors, List<Double> mhz) {
    this.processors = processors;
    this.mhz = mhz;
  }

  public static Cpuinfo parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    int processors = 0;
    List<Double> mhz = new ArrayList<>();
    while (!c.atEnd()) {
      String line = c.restOfLine();
      // psutil counts every line that starts with "processor" in any case: "processor\t: 0"
      // (x86, arm64), "Processor\t: ARMv7 ..." (old ARM) and "processor 0: version = ..." (s390x)
      if (line.regionMatches(true, 0, "processor", 0, 9)) {
        processors++;
      }
      int colon = line.indexOf(':');
      if (colon >= 0) {
        String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = line.substring(colon + 1).trim();
        if (key.equals("cpu mhz") || key.equals("cpu mhz dynamic") || key.equals("clock")) {
          if (value.toLowerCase(Locale.ROOT).endsWith("mhz")) {
            value = value.substring(0, value.length() - 3).trim();
          }
          mhz.add(number(c, file, value));
        }
      }
      c.skipLine();
    }
    return new Cpuinfo(processors, Collections.unmodifiableList(mhz));
  }

  private static double number(ByteCursor c, Object file, String value) {
    try {
      double d = Double.parseDouble(value);
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new NumberFormatException(value);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ParseException(file, c.line(), value, "expected a frequency in MHz");
    }
  }

  /** How many {@code processor} entries the file lists. */
  public int processors() {
    return processors;
  }

  /** The current MHz of each CPU that reports one, in file order. */
  public List<Double> mhz() {
    return mhz;
  }
}

package io.psutil4j.linux;

import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * /proc/cpuinfo, the two things psutil takes from it: the number of lines starting with {@code
 * processor} in any case (cpu_count's fallback) and the current MHz of each CPU (cpu_freq): {@code
 * cpu MHz} (x86), {@code clock : 2000.000000MHz} (ppc) or {@code cpu MHz dynamic} (s390x), as
 * psutil HEAD reads them (#2512, #2628, #2967).
 */
final class Cpuinfo {
  private static final String PROCESSOR = "processor";

  /** The keys of the current frequency, lower-cased. */
  private static final List<String> MHZ_KEYS = List.of("cpu mhz", "cpu mhz dynamic", "clock");

  private final int processors;
  private final List<Double> mhz;

  private Cpuinfo(int processors, List<Double> mhz) {
    this.processors = processors;
    this.mhz = mhz;
  }

  public static Cpuinfo parse(Object file, byte[] buf, int len) {
    int processors = 0;
    List<Double> mhz = new ArrayList<>();
    int line = 1;
    int start = 0;
    while (start < len) {
      // ASCII lines (all of them on real hosts) are read in place and each byte is looked at
      // once: the file has ~25 lines per CPU, a String per line was most of what cpu_freq cost.
      // A line with other bytes before its colon takes psutil's text path.
      int colon = -1;
      boolean ascii = true;
      int end = start;
      while (end < len && buf[end] != '\n' && buf[end] != ':') {
        ascii &= buf[end] >= 0;
        end++;
      }
      if (end < len && buf[end] == ':') {
        colon = end;
        while (end < len && buf[end] != '\n') {
          end++;
        }
      }
      Double value;
      if (ascii) {
        if (startsWithProcessor(buf, start, end)) {
          processors++;
        }
        value =
            colon >= 0 && isMhzKey(buf, start, colon)
                ? mhzValue(file, line, text(buf, colon + 1, end))
                : null;
      } else {
        String text = text(buf, start, end);
        if (startsWithProcessor(text)) {
          processors++;
        }
        value = mhz(file, line, text);
      }
      if (value != null) {
        mhz.add(value);
      }
      line++;
      start = end + 1;
    }
    return new Cpuinfo(processors, Collections.unmodifiableList(mhz));
  }

  private static String text(byte[] buf, int from, int to) {
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  /**
   * psutil counts every line that starts with "processor" in any case: "processor\t: 0" (x86,
   * arm64), "Processor\t: ARMv7 ..." (old ARM) and "processor 0: version = ..." (s390x).
   */
  private static boolean startsWithProcessor(String line) {
    return line.regionMatches(true, 0, PROCESSOR, 0, PROCESSOR.length());
  }

  /** {@link #startsWithProcessor(String)} of an ASCII line. */
  private static boolean startsWithProcessor(byte[] buf, int start, int end) {
    return end - start >= PROCESSOR.length()
        && (buf[start] | 0x20) == 'p' // most lines are told at their first byte
        && asciiEqualsIgnoreCase(buf, start, start + PROCESSOR.length(), PROCESSOR);
  }

  /** The MHz a line gives, or null when its key is none of the frequency keys. */
  private static @Nullable Double mhz(Object file, int lineNumber, String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      return null;
    }
    String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
    if (!MHZ_KEYS.contains(key)) {
      return null;
    }
    return mhzValue(file, lineNumber, line.substring(colon + 1));
  }

  /** Whether the ASCII key before a colon, trimmed, is a frequency key in any case. */
  private static boolean isMhzKey(byte[] buf, int start, int colon) {
    int from = start;
    int to = colon;
    while (from < to && buf[from] <= ' ') {
      from++;
    }
    while (to > from && buf[to - 1] <= ' ') {
      to--;
    }
    if (from == to || (buf[from] | 0x20) != 'c') {
      return false; // every key starts with c; most lines are told at their first byte
    }
    for (int i = 0; i < MHZ_KEYS.size(); i++) {
      String key = MHZ_KEYS.get(i);
      if (to - from == key.length() && asciiEqualsIgnoreCase(buf, from, to, key)) {
        return true;
      }
    }
    return false;
  }

  /** ASCII bytes against a lower-case ASCII key, as toLowerCase(ROOT).equals does for them. */
  private static boolean asciiEqualsIgnoreCase(byte[] buf, int from, int to, String lowerKey) {
    for (int i = from; i < to; i++) {
      int b = buf[i];
      if (b >= 'A' && b <= 'Z') {
        b += 'a' - 'A';
      }
      if (b != lowerKey.charAt(i - from)) {
        return false;
      }
    }
    return true;
  }

  /** The value after a frequency key's colon: "2000.000000MHz" (ppc) or "3400.000". */
  private static double mhzValue(Object file, int line, String afterColon) {
    String value = afterColon.trim();
    if (value.toLowerCase(Locale.ROOT).endsWith("mhz")) {
      value = value.substring(0, value.length() - 3).trim();
    }
    return number(file, line, value);
  }

  private static double number(Object file, int line, String value) {
    try {
      double d = Double.parseDouble(value);
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new NumberFormatException(value);
      }
      return d;
    } catch (NumberFormatException e) {
      throw new ParseException(file, line, value, "expected a frequency in MHz");
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

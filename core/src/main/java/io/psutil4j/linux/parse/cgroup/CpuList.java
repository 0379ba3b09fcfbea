package io.psutil4j.linux.parse.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;

/**
 * A CPU list as cpuset.cpus.effective (v2) and cpuset.effective_cpus (v1) print it: {@code
 * 0-3,8,10-11}; an empty line is an empty set.
 */
public final class CpuList {
  /** Far above any NR_CPUS; a larger number is garbage, not a CPU. */
  private static final int MAX_CPU = 1 << 20;

  private CpuList() {}

  /** How many CPUs the list names. */
  public static int count(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    String text = Lines.rest(c, buf, len).trim();
    if (!c.atEnd()) {
      throw c.error("expected one line");
    }
    if (text.isEmpty()) {
      return 0;
    }
    int count = 0;
    for (String range : text.split(",", -1)) {
      int dash = range.indexOf('-');
      int first = cpu(file, range, dash < 0 ? range : range.substring(0, dash));
      int last = dash < 0 ? first : cpu(file, range, range.substring(dash + 1));
      if (last < first) {
        throw new ParseException(file, 1, range, "range runs backwards");
      }
      count += last - first + 1;
    }
    return count;
  }

  private static int cpu(Object file, String range, String digits) {
    if (digits.isEmpty() || digits.length() > 7) {
      throw new ParseException(file, 1, range, "expected a CPU number");
    }
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char d = digits.charAt(i);
      if (d < '0' || d > '9') {
        throw new ParseException(file, 1, range, "expected a CPU number");
      }
      n = n * 10 + (d - '0');
    }
    if (n >= MAX_CPU) {
      throw new ParseException(file, 1, range, "CPU number out of range");
    }
    return n;
  }
}

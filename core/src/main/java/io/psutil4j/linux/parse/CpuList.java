package io.psutil4j.linux.parse;

import java.util.BitSet;

/**
 * The kernel's cpulist format ({@code 0-3,8,10-11}), as in Cpus_allowed_list of /proc/PID/status
 * and /sys/devices/system/cpu/online.
 */
public final class CpuList {
  /** More CPUs than any kernel supports (NR_CPUS max is 8192): guards against garbage ranges. */
  private static final int MAX_CPU = 1 << 16;

  private CpuList() {}

  /** The CPU numbers, ascending, without duplicates. */
  public static int[] parse(String file, String text) {
    BitSet cpus = new BitSet();
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return new int[0];
    }
    for (String part : trimmed.split(",", -1)) {
      int dash = part.indexOf('-');
      int from = number(file, part, dash < 0 ? part : part.substring(0, dash));
      int to = dash < 0 ? from : number(file, part, part.substring(dash + 1));
      if (to < from) {
        throw new ParseException(file, 1, part, "descending CPU range");
      }
      cpus.set(from, to + 1);
    }
    return cpus.stream().toArray();
  }

  private static int number(String file, String part, String digits) {
    if (digits.isEmpty() || digits.length() > 5) {
      throw new ParseException(file, 1, part, "expected a CPU number");
    }
    int n = 0;
    for (int i = 0; i < digits.length(); i++) {
      char ch = digits.charAt(i);
      if (ch < '0' || ch > '9') {
        throw new ParseException(file, 1, part, "expected a CPU number");
      }
      n = n * 10 + (ch - '0');
    }
    if (n >= MAX_CPU) {
      throw new ParseException(file, 1, part, "CPU number out of range");
    }
    return n;
  }
}

package io.psutil4j.linux.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A kernel CPU list: {@code 0-3,8,10-11} (/sys/devices/system/cpu/online, cpuset lists) or the
 * space-separated {@code 0 1 2} of cpufreq's {@code affected_cpus}. An empty file is an empty list.
 */
public final class CpuList {
  /** No list names more CPUs than the kernel's NR_CPUS limit (8192 on the largest configs). */
  private static final long MAX_CPU = 1 << 16;

  private CpuList() {}

  /** The CPU numbers, in file order. */
  public static List<Integer> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    List<Integer> cpus = new ArrayList<>();
    while (true) {
      c.skipSpaces();
      if (c.atEndOfLine()) {
        break;
      }
      long first = cpu(c);
      long last = first;
      if (c.peekIs((byte) '-')) {
        c.skipByte();
        last = cpu(c);
        if (last < first) {
          throw c.error("descending CPU range");
        }
      }
      for (long n = first; n <= last; n++) {
        cpus.add((int) n);
      }
      if (c.peekIs((byte) ',')) {
        c.skipByte();
      }
    }
    c.skipLine();
    if (!c.atEnd()) {
      throw c.error("expected one line");
    }
    return Collections.unmodifiableList(cpus);
  }

  private static long cpu(ByteCursor c) {
    if (!c.peekDigit()) {
      throw c.error("expected a CPU number");
    }
    long n = c.nextDigits();
    if (n >= MAX_CPU) {
      throw c.error("CPU number out of range");
    }
    return n;
  }

  /**
   * The CPU numbers of a list given as text (Cpus_allowed_list of /proc/PID/status), ascending and
   * without duplicates, as psutil's {@code cpu_affinity()} returns them.
   */
  public static int[] sortedSet(Object file, String text) {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    return parse(file, bytes, bytes.length).stream()
        .mapToInt(Integer::intValue)
        .sorted()
        .distinct()
        .toArray();
  }
}

package io.psutil4j.linux.parse;

import java.nio.charset.StandardCharsets;
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
    List<Integer> cpus = new ArrayList<>();
    ranges(
        new ByteCursor(file, buf, len),
        (first, last) -> {
          for (long n = first; n <= last; n++) {
            cpus.add((int) n);
          }
        });
    return Collections.unmodifiableList(cpus);
  }

  /**
   * How many CPUs the list names, without listing them (cpuset.cpus.effective of cgroup v2,
   * cpuset.effective_cpus of v1).
   */
  public static int count(Object file, byte[] buf, int len) {
    long[] count = {0};
    ranges(new ByteCursor(file, buf, len), (first, last) -> count[0] += last - first + 1);
    if (count[0] > Integer.MAX_VALUE) {
      throw new ParseException(file, 1, String.valueOf(count[0]), "more CPUs than an int holds");
    }
    return (int) count[0];
  }

  /** One {@code first-last} range of a list; a single CPU is a range of one. */
  @FunctionalInterface
  private interface RangeConsumer {
    void accept(long first, long last);
  }

  private static void ranges(ByteCursor c, RangeConsumer out) {
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
      out.accept(first, last);
      if (c.peekIs((byte) ',')) {
        c.skipByte();
      }
    }
    c.skipLine();
    if (!c.atEnd()) {
      throw c.error("expected one line");
    }
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
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    return parse(file, bytes, bytes.length).stream()
        .mapToInt(Integer::intValue)
        .sorted()
        .distinct()
        .toArray();
  }
}

package io.psutil4j;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

/** psutil's {@code memory_percent(memtype)}: one memory field over total RAM, times 100. */
final class ProcessMemoryPercent {
  private static final List<String> INFO = Arrays.asList("rss", "vms", "shared", "text", "data");
  private static final List<String> INFO_EX =
      Arrays.asList("peak_rss", "peak_vms", "rss_anon", "rss_file", "rss_shmem", "swap", "hugetlb");
  private static final List<String> FOOTPRINT = Arrays.asList("uss", "pss", "swap");

  private ProcessMemoryPercent() {}

  static double of(Process p, String memtype) {
    Object value;
    // psutil's order: pmem, then pfootprint, then pmem_ex; so "swap" is smaps' Swap (footprint),
    // not status' VmSwap
    if (INFO.contains(memtype)) {
      value = p.memoryInfo().asDict().get(memtype);
    } else if (FOOTPRINT.contains(memtype)) {
      value = p.memoryFootprint().asDict().get(memtype);
    } else if (INFO_EX.contains(memtype)) {
      value = p.memoryInfoEx().asDict().get(memtype);
    } else {
      throw new IllegalArgumentException(
          "invalid memtype '" + memtype + "'; valid types are " + validTypes());
    }
    if (value == null) {
      throw new IllegalStateException(memtype + " is missing from its tuple's asDict()");
    }
    long total = p.totalMemory();
    if (total <= 0) {
      throw new IllegalStateException("virtual_memory().total is " + total);
    }
    return ((Number) value).longValue() / (double) total * 100.0;
  }

  /** psutil's tuple repr: ('rss', 'vms', ...). */
  private static String validTypes() {
    Set<String> types = new LinkedHashSet<>();
    for (List<String> group : List.of(INFO, INFO_EX, FOOTPRINT)) {
      types.addAll(group);
    }
    StringJoiner all = new StringJoiner(", ", "(", ")");
    types.forEach(type -> all.add("'" + type + "'"));
    return all.toString();
  }
}

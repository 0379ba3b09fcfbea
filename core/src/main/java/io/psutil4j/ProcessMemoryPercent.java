package io.psutil4j;

import java.util.Arrays;
import java.util.List;

/** psutil's {@code memory_percent(memtype)}: one memory field over total RAM, times 100. */
final class ProcessMemoryPercent {
  private static final List<String> INFO = Arrays.asList("rss", "vms", "shared", "text", "data");
  private static final List<String> INFO_EX =
      Arrays.asList("peak_rss", "peak_vms", "rss_anon", "rss_file", "rss_shmem", "swap", "hugetlb");
  private static final List<String> FOOTPRINT = Arrays.asList("uss", "pss");

  private ProcessMemoryPercent() {}

  static double of(Process p, String memtype) {
    Object value;
    if (INFO.contains(memtype)) {
      value = p.memoryInfo().asDict().get(memtype);
    } else if (INFO_EX.contains(memtype)) {
      value = p.memoryInfoEx().asDict().get(memtype);
    } else if (FOOTPRINT.contains(memtype)) {
      value = p.memoryFootprint().asDict().get(memtype);
    } else {
      throw new IllegalArgumentException(
          "invalid memtype '" + memtype + "'; valid types are " + validTypes());
    }
    long total = p.totalMemory();
    if (total <= 0) {
      throw new IllegalStateException("virtual_memory().total is " + total);
    }
    return ((Number) value).longValue() / (double) total * 100.0;
  }

  /** psutil's tuple repr: ('rss', 'vms', ...). */
  private static String validTypes() {
    java.util.StringJoiner all = new java.util.StringJoiner(", ", "(", ")");
    for (List<String> group : List.of(INFO, INFO_EX, FOOTPRINT)) {
      for (String type : group) {
        all.add("'" + type + "'");
      }
    }
    return all.toString();
  }
}

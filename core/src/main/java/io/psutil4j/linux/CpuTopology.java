package io.psutil4j.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * psutil's {@code cpu_count(logical=False)}: distinct core sibling lists in sysfs (core_cpus_list,
 * or thread_siblings_list before 5.7), else the sum of "cpu cores" over the distinct "physical id"s
 * of /proc/cpuinfo.
 */
final class CpuTopology {
  private final Path procRoot;
  private final Path sysRoot;

  CpuTopology(Path procRoot, Path sysRoot) {
    this.procRoot = procRoot;
    this.sysRoot = sysRoot;
  }

  OptionalInt physicalCores() {
    try {
      int fromSysfs = countDistinctSiblingLists();
      if (fromSysfs > 0) {
        return OptionalInt.of(fromSysfs);
      }
      int fromCpuinfo = coresFromCpuinfo();
      return fromCpuinfo > 0 ? OptionalInt.of(fromCpuinfo) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  private int countDistinctSiblingLists() throws IOException {
    Path cpuDir = sysRoot.resolve("devices/system/cpu");
    if (!Files.isDirectory(cpuDir)) {
      return 0;
    }
    Set<String> cores = new HashSet<>();
    for (String listName : new String[] {"core_cpus_list", "thread_siblings_list"}) {
      try (DirectoryStream<Path> cpus = Files.newDirectoryStream(cpuDir, "cpu[0-9]*")) {
        for (Path cpu : cpus) {
          Path list = cpu.resolve("topology").resolve(listName);
          if (Files.isReadable(list)) {
            cores.add(new String(Files.readAllBytes(list), StandardCharsets.US_ASCII).trim());
          }
        }
      }
      if (!cores.isEmpty()) {
        return cores.size();
      }
    }
    return 0;
  }

  private int coresFromCpuinfo() throws IOException {
    Path cpuinfo = procRoot.resolve("cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return 0;
    }
    Map<String, Integer> coresPerPackage = new HashMap<>();
    String physicalId = null;
    for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        physicalId = null;
        continue;
      }
      String key = line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (key.equals("physical id")) {
        physicalId = value;
      } else if (key.equals("cpu cores") && physicalId != null) {
        try {
          coresPerPackage.put(physicalId, Integer.parseInt(value));
        } catch (NumberFormatException e) {
          return 0;
        }
      }
    }
    return coresPerPackage.values().stream().mapToInt(Integer::intValue).sum();
  }
}

package io.psutil4j.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code cpu_count(logical=False)}: distinct core sibling lists in sysfs (core_cpus_list,
 * or thread_siblings_list before 5.7), else the sum of "cpu cores" over the distinct "physical id"s
 * of /proc/cpuinfo.
 */
final class CpuTopology {
  /** cpu0, cpu1, ...: psutil's glob {@code cpu[0-9]*}, without compiling a glob per call. */
  private static final DirectoryStream.Filter<Path> CPU_DIRS =
      entry -> {
        Path name = entry.getFileName();
        String n = name == null ? "" : name.toString();
        return n.length() > 3 && n.startsWith("cpu") && n.charAt(3) >= '0' && n.charAt(3) <= '9';
      };

  private final Path procRoot;
  private final Path cpuDir;
  private final Path presentPath;
  private final Path onlinePath;

  /** The last count and the CPUs present and online it was made with; null before the first. */
  private volatile @Nullable Counted last;

  /** A count of physical cores, valid while the same CPUs are present and online. */
  private static final class Counted {
    final String cpus;
    final OptionalInt cores;

    Counted(String cpus, OptionalInt cores) {
      this.cpus = cpus;
      this.cores = cores;
    }
  }

  CpuTopology(Path procRoot, Path sysRoot) {
    this.procRoot = procRoot;
    this.cpuDir = sysRoot.resolve("devices/system/cpu");
    this.presentPath = cpuDir.resolve("present");
    this.onlinePath = cpuDir.resolve("online");
  }

  /**
   * The count is made again only when the CPUs present or online change (hotplug): the sibling
   * lists are the hardware's, so a monitor that asks every second reads two small files, not two
   * per CPU.
   */
  OptionalInt physicalCores() {
    String cpus;
    try {
      String present = trimmedOrNull(presentPath);
      String online = trimmedOrNull(onlinePath);
      if (present == null && online == null) {
        return count(); // nothing says when the CPUs change: count every time
      }
      cpus = present + " " + online;
    } catch (IOException e) {
      return count();
    }
    Counted c = last;
    if (c != null && c.cpus.equals(cpus)) {
      return c.cores;
    }
    OptionalInt cores = count();
    last = new Counted(cpus, cores);
    return cores;
  }

  private OptionalInt count() {
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

  /**
   * Distinct core_cpus_list contents over all CPUs, or, when no CPU has that file (before 5.7),
   * distinct thread_siblings_list contents: psutil's {@code glob(p1) or glob(p2)}, done in one
   * listing of the cpu directory.
   */
  private int countDistinctSiblingLists() throws IOException {
    Set<String> cores = new HashSet<>();
    Set<String> threadSiblings = new HashSet<>();
    try (DirectoryStream<Path> cpus = Files.newDirectoryStream(cpuDir, CPU_DIRS)) {
      for (Path cpu : cpus) {
        String list = trimmedOrNull(cpu.resolve("topology/core_cpus_list"));
        if (list != null) {
          cores.add(list);
        } else if (cores.isEmpty()) {
          list = trimmedOrNull(cpu.resolve("topology/thread_siblings_list"));
          if (list != null) {
            threadSiblings.add(list);
          }
        }
      }
    } catch (NoSuchFileException | NotDirectoryException e) {
      return 0;
    }
    return cores.isEmpty() ? threadSiblings.size() : cores.size();
  }

  /** The file's content without surrounding white space; null when absent or unreadable. */
  private static @Nullable String trimmedOrNull(Path file) throws IOException {
    try {
      return KernelFiles.read(
          file, (name, buf, len) -> new String(buf, 0, len, StandardCharsets.US_ASCII).trim());
    } catch (NoSuchFileException | AccessDeniedException e) {
      return null;
    }
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
      String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
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

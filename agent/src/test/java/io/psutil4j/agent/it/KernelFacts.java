package io.psutil4j.agent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;

/** What the kernel says, read directly, to compare with what the scrapers report. */
final class KernelFacts {
  private KernelFacts() {}

  /** MemTotal of /proc/meminfo (kB, which means KiB there) in bytes. */
  static long memTotalBytes() throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/meminfo"), StandardCharsets.US_ASCII)) {
      if (line.startsWith("MemTotal:")) {
        return Long.parseLong(line.split("\\s+")[1]) * 1024;
      }
    }
    throw new AssertionError("MemTotal missing from /proc/meminfo");
  }

  /** The cpuN lines of /proc/stat: the online logical CPUs. */
  static long onlineCpus() throws IOException {
    return Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.US_ASCII).stream()
        .filter(l -> l.matches("cpu[0-9]+ .*"))
        .count();
  }

  /** Milliseconds each block device spent reading (/proc/diskstats' 7th field), by name. */
  static Map<String, Long> diskReadMillis() throws IOException {
    Map<String, Long> ms = new TreeMap<>();
    for (String line :
        Files.readAllLines(Paths.get("/proc/diskstats"), StandardCharsets.US_ASCII)) {
      String[] f = line.trim().split("\\s+");
      ms.put(f[2], Long.parseLong(f[6]));
    }
    return ms;
  }
}

package io.psutil4j.agent.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

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
}

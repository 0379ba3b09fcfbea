package io.psutil4j.live;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the live tests ask the kernel and the system's tools directly, without psutil4j. */
final class Kernel {
  private Kernel() {}

  static long meminfoKib(String key) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/meminfo"), StandardCharsets.US_ASCII)) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.substring(key.length() + 1).trim().split("\\s+")[0]);
      }
    }
    throw new AssertionError(key + " missing from /proc/meminfo");
  }

  static long vmstat(String key) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc/vmstat"), StandardCharsets.US_ASCII)) {
      if (line.startsWith(key + " ")) {
        return Long.parseLong(line.substring(key.length() + 1).trim());
      }
    }
    return 0;
  }

  static String[] procStatCpuLine() throws IOException {
    return Files.readAllLines(Paths.get("/proc/stat"), StandardCharsets.US_ASCII)
        .get(0)
        .trim()
        .split("\\s+");
  }

  /** Runs a system tool and returns its stdout lines; fails on a non-zero exit. */
  static List<String> run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        lines.add(line);
      }
    }
    if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new AssertionError(String.join(" ", command) + " failed: " + lines);
    }
    return lines;
  }

  static int countEntries(String dir) throws IOException {
    try (var entries = Files.list(Paths.get(dir))) {
      return (int) entries.count();
    }
  }
}

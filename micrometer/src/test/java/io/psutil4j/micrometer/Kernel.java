package io.psutil4j.micrometer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** What the kernel says, read here directly, to hold the meters against. */
final class Kernel {
  private Kernel() {}

  static String read(String path) {
    try {
      return Files.readString(Paths.get(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A {@code Key: value kB} line of /proc/meminfo, in bytes. */
  static long meminfoBytes(String key) {
    for (String line : read("/proc/meminfo").split("\n")) {
      if (line.startsWith(key + ":")) {
        return Long.parseLong(line.split("\\s+")[1]) * 1024;
      }
    }
    throw new AssertionError("no " + key + " in /proc/meminfo");
  }

  /** Field {@code index} (0 = the first after the key) of the line starting with {@code key}. */
  static long field(String path, String key, int index) {
    for (String line : read(path).split("\n")) {
      String[] f = line.trim().split("[\\s:]+");
      if (f[0].equals(key)) {
        return Long.parseLong(f[index + 1]);
      }
    }
    throw new AssertionError("no " + key + " in " + path);
  }

  /** /proc/diskstats field {@code index} (0 = reads completed) of {@code device}. */
  static long diskstat(String device, int index) {
    for (String line : read("/proc/diskstats").split("\n")) {
      String[] f = line.trim().split("\\s+");
      if (f[2].equals(device)) {
        return Long.parseLong(f[3 + index]);
      }
    }
    throw new AssertionError("no " + device + " in /proc/diskstats");
  }

  /** A whole disk with reads done, as the binders name devices. */
  static String busiestDisk() {
    String best = null;
    long most = 0;
    try (var names = Files.list(Paths.get("/sys/block"))) {
      for (Path p : (Iterable<Path>) names::iterator) {
        String name = p.getFileName().toString();
        long reads = diskstat(name, 0);
        if (reads > most) {
          best = name;
          most = reads;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return best;
  }

  static int openFds() {
    try (var fds = Files.list(Paths.get("/proc/self/fd"))) {
      return (int) fds.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String path) {
    return List.of(read(path).split("\n"));
  }
}

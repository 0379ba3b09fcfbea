package io.psutil4j.live;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * This JVM's memory cgroup files, found the way the kernel lists them in /proc/self/cgroup: for
 * tests that hold a reading against the file itself (micrometer's and jfr's).
 */
public final class CgroupFiles {
  private CgroupFiles() {}

  /** The v1 memory controller's {@code v1} file or the v2 group's {@code v2} file, or null. */
  public static Path memory(String v1, String v2) {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/self/cgroup"))) {
        String[] f = line.split(":", 3);
        Path file =
            f[1].equals("memory")
                ? Paths.get("/sys/fs/cgroup/memory" + f[2], v1)
                : f[0].equals("0") ? Paths.get("/sys/fs/cgroup" + f[2], v2) : null;
        if (file != null && Files.isReadable(file)) {
          return file;
        }
      }
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

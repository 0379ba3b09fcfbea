package io.psutil4j.linux.cgroup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one small cgroup or PSI file whole and hands it to a pure parser. A file that does not
 * exist is normal (another cgroup version, an older kernel, the root group, a controller not
 * enabled) and reads as null; any other failure is an {@link UncheckedIOException}.
 */
final class CgroupFiles {
  /** Parses the bytes of one file. */
  interface Parser<T> {
    T parse(Object file, byte[] buf, int len);
  }

  private CgroupFiles() {}

  static <T> T readOrNull(Path dir, String name, Parser<T> parser) {
    if (dir == null) {
      return null;
    }
    Path file = dir.resolve(name);
    byte[] bytes;
    try {
      // cgroupfs reports a size of 0; readAllBytes reads to the end regardless. The files are a
      // few hundred bytes, so KernelFiles' reused buffer would not pay for itself here.
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parser.parse(file, bytes, bytes.length);
  }
}

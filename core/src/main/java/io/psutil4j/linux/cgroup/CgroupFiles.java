package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.KernelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one small cgroup or PSI file whole and hands it to a pure parser. A file that does not
 * exist is normal (another cgroup version, an older kernel, the root group, a controller not
 * enabled) and reads as null; any other failure is an {@link UncheckedIOException}.
 */
final class CgroupFiles {
  private CgroupFiles() {}

  static <T> @Nullable T readOrNull(
      @Nullable CgroupDir dir, String name, KernelFiles.Parser<T> parser) {
    if (dir == null) {
      return null;
    }
    CgroupDir.CgroupFile file = dir.resolved(name);
    try {
      // cgroupfs reports a size of 0, so readAllBytes would start an 8 KiB buffer per file;
      // KernelFiles reads to the end into its reused one
      return KernelFiles.read(file.path, file.file, parser);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts the values of {@code keys} that flat keyed file {@code name} has into {@code into}.
   *
   * @return whether the file exists
   */
  static <F> boolean readInto(
      @Nullable CgroupDir dir, String name, KeyedValues<F> keys, Map<F, ? super Long> into) {
    return readOrNull(dir, name, (file, buf, len) -> keys.parseInto(into, file, buf, len)) != null;
  }

  /** Whether the I/O error under {@code e} says {@code reason} (the kernel's ESRCH, EOPNOTSUPP). */
  static boolean failedWith(UncheckedIOException e, String reason) {
    IOException cause = e.getCause();
    String message = cause == null ? null : cause.getMessage();
    return message != null && message.contains(reason);
  }
}

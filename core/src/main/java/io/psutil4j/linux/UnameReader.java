package io.psutil4j.linux;

import io.psutil4j.Uname;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code os.uname()} from the sysctls that uname(2) reads too: /proc/sys/kernel/{ostype, hostname,
 * osrelease, version, arch}. Older kernels have no {@code arch}: the JVM's {@code os.arch} stands
 * in, in uname's spelling.
 */
final class UnameReader {
  private final Path kernel;

  UnameReader(Path procRoot) {
    this.kernel = procRoot.resolve("sys/kernel");
  }

  Uname uname() {
    String arch = KernelFiles.text(kernel.resolve("arch"));
    return Uname.of(
        required("ostype"),
        required("hostname"),
        required("osrelease"),
        required("version"),
        arch != null ? arch : unameMachine(System.getProperty("os.arch", "")));
  }

  /** The JVM's {@code os.arch} as uname spells it ({@code amd64} is {@code x86_64}). */
  static String unameMachine(String osArch) {
    switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64":
        return "x86_64";
      case "x86":
        return "i686";
      default:
        return osArch;
    }
  }

  private String required(String name) {
    Path file = kernel.resolve(name);
    String value = KernelFiles.text(file);
    if (value == null) {
      throw new UncheckedIOException(new FileNotFoundException(file + " cannot be read"));
    }
    return value;
  }
}

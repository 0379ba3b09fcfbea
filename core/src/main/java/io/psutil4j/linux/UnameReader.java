package io.psutil4j.linux;

import io.psutil4j.Uname;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * {@code os.uname()} from the sysctls that uname(2) reads too: /proc/sys/kernel/{ostype, hostname,
 * osrelease, version, arch}. Older kernels have no {@code arch}: the JVM's {@code os.arch} stands
 * in, in uname's spelling. Only the host name can change while the kernel runs: it alone is read
 * again.
 */
final class UnameReader {
  private final Path kernel;
  private final Path hostname;

  /**
   * The last reading: all but the host name are the running kernel's and never change, so later
   * readings read the host name alone. Null before the first.
   */
  private volatile @Nullable Uname last;

  UnameReader(Path procRoot) {
    this.kernel = procRoot.resolve("sys/kernel");
    this.hostname = kernel.resolve("hostname");
  }

  Uname uname() {
    Uname fixed = last;
    if (fixed != null) {
      String node = required(hostname);
      return node.equals(fixed.nodename())
          ? fixed
          : Uname.of(fixed.sysname(), node, fixed.release(), fixed.version(), fixed.machine());
    }
    String arch = KernelFiles.text(kernel.resolve("arch"));
    Uname read =
        Uname.of(
            required(kernel.resolve("ostype")),
            required(hostname),
            required(kernel.resolve("osrelease")),
            required(kernel.resolve("version")),
            arch != null ? arch : unameMachine(System.getProperty("os.arch", "")));
    last = read;
    return read;
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

  private static String required(Path file) {
    String value = KernelFiles.text(file);
    if (value == null) {
      throw new UncheckedIOException(new FileNotFoundException(file + " cannot be read"));
    }
    return value;
  }
}

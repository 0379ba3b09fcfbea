package io.psutil4j;

import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.spi.Platform;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Chooses the platform once, from {@code os.name}, reading /proc at {@link #procfsPath()}. */
public final class Platforms {
  /** The system property that sets {@link Psutil#setProcfsPath(String)} from the command line. */
  static final String PROCFS_PATH_PROPERTY = "psutil4j.procfs_path";

  private static volatile @Nullable Platform current;
  private static @Nullable String procfsPath;

  private Platforms() {}

  /**
   * The platform of this JVM's OS.
   *
   * @throws UnsupportedPlatformException on anything but Linux, naming the OS
   * @throws IllegalArgumentException when {@code -Dpsutil4j.procfs_path} is not a directory
   */
  public static Platform current() {
    Platform p = current;
    if (p == null) {
      synchronized (Platforms.class) {
        p = current;
        if (p == null) {
          p = select(System.getProperty("os.name", ""));
          current = p;
        }
      }
    }
    return p;
  }

  /**
   * A new platform of this JVM's OS that keeps its fallback warnings instead of printing them: for
   * code that runs inside someone else's JVM (the agent) and must not write to its stderr.
   *
   * @throws UnsupportedPlatformException on anything but Linux, naming the OS
   * @throws IllegalArgumentException when {@code -Dpsutil4j.procfs_path} is not a directory
   */
  public static Platform quiet() {
    return select(System.getProperty("os.name", ""), null);
  }

  /**
   * Whether the native library loads without the JDK printing anything: before JDK 24, or with
   * native access enabled (JEP 472). Code in someone else's JVM asks this before a reading that
   * needs native calls, and reads null or a /proc fallback instead of adding a warning to the
   * host's output.
   */
  public static boolean nativeLoadsQuietly() {
    return NativeLinux.loadsQuietly();
  }

  @SuppressForbidden(reason = "psutil's warnings go to stderr, as Python's do; quiet() keeps them")
  static Platform select(String osName) {
    return select(osName, System.err);
  }

  private static Platform select(String osName, @Nullable PrintStream warnings) {
    if (osName.startsWith("Linux")) {
      return LinuxPlatform.builder()
          .procRoot(Paths.get(procfsPath()))
          .constants(KernelConstants.running())
          .warningStream(warnings)
          .build();
    }
    throw new UnsupportedPlatformException(osName);
  }

  /** psutil's PROCFS_PATH: set, else the system property, else /proc. */
  static synchronized String procfsPath() {
    if (procfsPath == null) {
      String property = System.getProperty(PROCFS_PATH_PROPERTY);
      procfsPath = property == null ? "/proc" : requireDirectory(property, PROCFS_PATH_PROPERTY);
    }
    return procfsPath;
  }

  /** Sets PROCFS_PATH while no platform has been chosen; see {@link Psutil#setProcfsPath}. */
  static synchronized void procfsPath(String path) {
    Objects.requireNonNull(path, "path");
    if (current != null && !path.equals(procfsPath)) {
      throw new IllegalStateException(
          "PROCFS_PATH is already "
              + procfsPath
              + " and in use; set it to "
              + path
              + " before the first psutil4j call");
    }
    procfsPath = requireDirectory(path, "PROCFS_PATH");
  }

  private static String requireDirectory(String path, String what) {
    Path dir = Paths.get(path);
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(what + " is not a directory: '" + path + "'");
    }
    return path;
  }
}

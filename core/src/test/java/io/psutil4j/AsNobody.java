package io.psutil4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Commands that run as the unprivileged user nobody (the tests themselves run as root). */
public final class AsNobody {
  public static final List<String> SETPRIV =
      List.of("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");

  private AsNobody() {}

  /** {@code command} run as nobody. */
  public static String[] command(String... command) {
    List<String> cmd = new ArrayList<>(SETPRIV);
    cmd.addAll(Arrays.asList(command));
    return cmd.toArray(new String[0]);
  }

  /**
   * A JVM as nobody running {@code mainClass} of this module's classes; {@code tmp} receives a copy
   * of the JNA jar that nobody may read (the Maven repository is root's only).
   */
  public static String[] java(Path tmp, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(SETPRIV);
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(
        Paths.get("target/classes").toAbsolutePath()
            + ":"
            + Paths.get("target/test-classes").toAbsolutePath()
            + ":"
            + readableJnaJar(tmp));
    cmd.add(mainClass);
    cmd.addAll(Arrays.asList(args));
    return cmd.toArray(new String[0]);
  }

  private static String readableJnaJar(Path tmp) {
    try {
      for (String entry : System.getProperty("java.class.path").split(":")) {
        Path jar = Paths.get(entry);
        if (jar.getFileName().toString().matches("jna-[0-9.]+\\.jar")) {
          Path dir = Files.createDirectories(tmp.resolve("jna"));
          Path copy = dir.resolve(jar.getFileName());
          if (!Files.exists(copy)) {
            Files.copy(jar, copy);
          }
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
          Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
          Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
          return copy.toString();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no jna jar on " + System.getProperty("java.class.path"));
  }
}

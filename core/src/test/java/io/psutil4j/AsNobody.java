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
   * A JVM as nobody running {@code mainClass} of this module's classes; {@code tmp} receives copies
   * of the JNA and JUnit assertion jars that nobody may read (the Maven repository is root's only).
   */
  public static String[] java(Path tmp, String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(SETPRIV);
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(
        Paths.get("target/classes").toAbsolutePath()
            + ":"
            + Paths.get("target/test-classes").toAbsolutePath()
            + readableJars(tmp));
    cmd.add(mainClass);
    cmd.addAll(Arrays.asList(args));
    return cmd.toArray(new String[0]);
  }

  private static final String SHARED_JARS =
      "(jna|junit-jupiter-api|junit-platform-commons|opentest4j|apiguardian-api)-[0-9][^/]*\\.jar";

  private static String readableJars(Path tmp) {
    StringBuilder path = new StringBuilder();
    try {
      Path dir = Files.createDirectories(tmp.resolve("jars"));
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
      for (String entry : System.getProperty("java.class.path").split(":")) {
        Path jar = Paths.get(entry);
        if (jar.getFileName().toString().matches(SHARED_JARS)) {
          Path copy = dir.resolve(jar.getFileName());
          if (!Files.exists(copy)) {
            Files.copy(jar, copy);
          }
          Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
          path.append(':').append(copy);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (path.indexOf("/jna-") < 0) {
      throw new IllegalStateException("no jna jar on " + System.getProperty("java.class.path"));
    }
    return path.toString();
  }
}

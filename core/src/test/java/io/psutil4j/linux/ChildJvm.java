package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A main class run in a JVM of its own, for what only a fresh JVM shows (warnings, the binding
 * chosen at start): of this JDK, or of a newer one where the behaviour needs it.
 */
public final class ChildJvm {
  private ChildJvm() {}

  /** As {@link #run(Path, Class, String, List, String...)} without program arguments. */
  public static List<String> run(Path java, Class<?> main, String classPath, String... jvmOptions)
      throws IOException, InterruptedException {
    return run(java, main, classPath, List.of(), jvmOptions);
  }

  /**
   * stdout's lines of {@code main} run with {@code args}; the child must exit 0 and its stderr stay
   * empty (no warning of any kind).
   */
  public static List<String> run(
      Path java, Class<?> main, String classPath, List<String> args, String... jvmOptions)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(List.of(jvmOptions));
    cmd.add("-cp");
    cmd.add(classPath);
    cmd.add(main.getName());
    cmd.addAll(args);
    Path err = Files.createTempFile("childjvm", ".err");
    try {
      java.lang.Process p = new ProcessBuilder(cmd).redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      String stderr = Files.readString(err);
      assertEquals(0, p.exitValue(), out + stderr);
      assertEquals("", stderr, "the child printed on stderr");
      return List.of(out.split("\n"));
    } finally {
      Files.delete(err);
    }
  }
}

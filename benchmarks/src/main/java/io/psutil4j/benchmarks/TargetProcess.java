package io.psutil4j.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The process every same-target benchmark reads: {@code target.c} (a resource beside this class)
 * compiled with gcc into a temporary directory and started with a fixed shape, so psutil4j, psutil,
 * OSHI, the JDK and the floor all time the same threads, fds, sockets and mappings. Closing kills
 * exactly that process, by its handle, and deletes the binary.
 */
final class TargetProcess implements AutoCloseable {
  /** The shape docs/benchmarks.md states (the target reads them from its arguments). */
  static final int THREADS = 20;

  static final int FILES = 50;
  static final int SOCKETS = 10;
  static final int MAPPINGS = 200;

  private static final long START_TIMEOUT_SECONDS = 60;

  private final Path dir;
  private final java.lang.Process process;

  private TargetProcess(Path dir, java.lang.Process process) {
    this.dir = dir;
    this.process = process;
  }

  /** Compiles and starts the target; returns once it has printed that its shape exists. */
  static TargetProcess start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("psutil4j-target");
    try {
      Path binary = compile(dir);
      java.lang.Process process =
          new ProcessBuilder(
                  binary.toString(),
                  Integer.toString(THREADS),
                  Integer.toString(FILES),
                  Integer.toString(SOCKETS),
                  Integer.toString(MAPPINGS))
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      TargetProcess target = new TargetProcess(dir, process);
      byte[] expected = "ready\n".getBytes(StandardCharsets.US_ASCII);
      byte[] got = process.getInputStream().readNBytes(expected.length);
      if (!Arrays.equals(expected, got)) {
        target.close();
        throw new IOException(
            "target did not start: " + new String(got, StandardCharsets.US_ASCII).trim());
      }
      return target;
    } catch (IOException | InterruptedException | RuntimeException e) {
      deleteQuietly(dir);
      throw e;
    }
  }

  private static Path compile(Path dir) throws IOException, InterruptedException {
    Path source = dir.resolve("target.c");
    try (InputStream in = TargetProcess.class.getResourceAsStream("target.c")) {
      if (in == null) {
        throw new IOException("target.c is not on the class path beside " + TargetProcess.class);
      }
      Files.copy(in, source, StandardCopyOption.REPLACE_EXISTING);
    }
    Path binary = dir.resolve("target");
    java.lang.Process gcc =
        new ProcessBuilder("gcc", "-O2", "-pthread", "-o", binary.toString(), source.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(gcc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!gcc.waitFor(START_TIMEOUT_SECONDS, TimeUnit.SECONDS) || gcc.exitValue() != 0) {
      gcc.destroyForcibly();
      throw new IOException("gcc could not build the target: " + output.trim());
    }
    return binary;
  }

  int pid() {
    return (int) process.pid();
  }

  /**
   * What the kernel says the target is, for the report: the stated shape plus the runtime's own.
   */
  String shape() throws IOException {
    Path dir = Paths.get("/proc", Integer.toString(pid()));
    int fds = 0;
    int sockets = 0;
    try (DirectoryStream<Path> links = Files.newDirectoryStream(dir.resolve("fd"))) {
      for (Path link : links) {
        fds++;
        if (Files.readSymbolicLink(link).toString().startsWith("socket:")) {
          sockets++;
        }
      }
    }
    long mappings;
    try (Stream<String> lines = Files.lines(dir.resolve("maps"))) {
      mappings = lines.count();
    }
    return String.format(
        Locale.ROOT,
        "pid %d: %d threads, %d fds (%d regular files asked), %d sockets, %d lines in maps (%d"
            + " one-page mappings asked, each with a guard page)",
        pid(),
        Floor.list(dir.resolve("task")),
        fds,
        FILES,
        sockets,
        mappings,
        MAPPINGS);
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    deleteQuietly(dir);
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        Files.deleteIfExists(entry);
      }
      Files.deleteIfExists(dir);
    } catch (IOException ignored) {
      // a temp directory left behind is harmless; the benchmark result is not
    }
  }
}

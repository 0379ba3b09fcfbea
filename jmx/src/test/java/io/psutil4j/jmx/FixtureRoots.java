package io.psutil4j.jmx;

import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.awaitility.Awaitility;

/** A captured host's /proc and /sys copied under a temp root, to change and read through. */
final class FixtureRoots {
  static final Path HOST = Paths.get("../core/src/test/resources/fixtures/host-x86_64-6x");

  private FixtureRoots() {}

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.copy(p, target);
        }
      }
    }
  }

  /** {@link #HOST} copied under {@code root}, read through a platform on that copy. */
  static LinuxPlatform copyOfHost(Path root) throws IOException {
    copyTree(HOST, root);
    return platform(root);
  }

  static LinuxPlatform platform(Path root) {
    return LinuxPlatform.builder()
        .procRoot(root.resolve("proc"))
        .sysRoot(root.resolve("sys"))
        .constants(KernelConstants.of(100, 4096))
        .warningStream(null)
        .build();
  }

  static void rewrite(Path file, UnaryOperator<List<String>> edit) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
    Files.write(file, edit.apply(lines), StandardCharsets.US_ASCII);
  }

  /** Makes {@code file} a FIFO with no writer: whoever opens it for reading waits. */
  static void fifo(Path file) throws IOException, InterruptedException {
    Files.deleteIfExists(file);
    Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IOException("mkfifo " + file + " failed");
    }
  }

  /**
   * Gives a FIFO's stuck reader its writer, on a daemon thread (opening it blocks until a reader
   * comes); the thread ends once a reader took the content.
   */
  static Thread release(Path fifo, String content) {
    Thread writer =
        new Thread(
            () -> {
              try {
                Files.write(fifo, content.getBytes(StandardCharsets.US_ASCII));
              } catch (IOException e) {
                // the test's verdict stands; a leftover reader ends with the JVM
              }
            },
            "fixture-fifo-writer");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  /**
   * Reads {@code attribute} of {@code bean} every 200 ms (a read starts the per-entity check once
   * its interval has passed) until {@code done} holds, for 10 s at most.
   */
  static void readUntil(
      MBeanServer server, ObjectName bean, String attribute, Callable<Boolean> done) {
    Awaitility.await()
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              server.getAttribute(bean, attribute);
              return done.call();
            });
  }
}

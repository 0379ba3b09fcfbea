package io.psutil4j.agent.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The one-line figures of a reliability test: on stdout and in target/reliability/NAME. */
final class Report {
  private Report() {}

  static void write(String name, String line) {
    System.out.println(line);
    try {
      Path dir = Files.createDirectories(Paths.get("target/reliability"));
      Files.write(dir.resolve(name), (line + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

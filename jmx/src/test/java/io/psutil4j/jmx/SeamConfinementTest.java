package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * jmx and the agent read the kernel through the {@code Platform} seam only: no source of theirs
 * names the Linux implementation, so another platform (or a fake) plugs in without them changing.
 */
class SeamConfinementTest {
  private static final String LINUX_PACKAGE = "io.psutil4j.linux";

  @Test
  void jmxAndAgentMainCodeNeverNameTheLinuxPackage() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path main : List.of(Paths.get("src/main/java"), Paths.get("../agent/src/main/java"))) {
      assertTrue(Files.isDirectory(main), main.toAbsolutePath() + " is not a source directory");
      offenders.addAll(mentioning(main, LINUX_PACKAGE));
    }
    assertEquals(List.of(), offenders);
  }

  private static List<String> mentioning(Path root, String text) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> read(f).contains(text))
          .map(Path::toString)
          .collect(Collectors.toList());
    }
  }

  private static String read(Path f) {
    try {
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

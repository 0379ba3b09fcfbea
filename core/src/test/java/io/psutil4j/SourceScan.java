package io.psutil4j;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds Java sources that mention what a module must not (JNA, another module's internals). */
public final class SourceScan {
  private SourceScan() {}

  /**
   * The {@code .java} files under {@code root} whose text matches {@code pattern}, leaving out
   * those whose path contains {@code allowedDir} (null: none is allowed).
   */
  public static List<String> matching(Path root, Pattern pattern, String allowedDir)
      throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> f.toString().endsWith(".java"))
          .filter(f -> allowedDir == null || !f.toString().contains(allowedDir))
          .filter(f -> pattern.matcher(read(f)).find())
          .map(Path::toString)
          .collect(Collectors.toList());
    }
  }

  /** The whole file as UTF-8. */
  public static String read(Path f) {
    try {
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

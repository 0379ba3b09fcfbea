package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** JNA stays in one package, so everything else loads when JNA cannot (STYLE.md point 8). */
class NativeConfinementTest {
  @Test
  void onlyTheNativeaccessPackageImportsJna() throws IOException {
    Path main = Paths.get("src/main/java");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(main)) {
      offenders =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> !f.toString().contains("/linux/nativeaccess/"))
              .filter(NativeConfinementTest::mentionsJna)
              .map(Path::toString)
              .collect(Collectors.toList());
    }
    assertEquals(List.of(), offenders);
  }

  private static boolean mentionsJna(Path f) {
    try {
      return new String(Files.readAllBytes(f), StandardCharsets.UTF_8).contains("com.sun.jna");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

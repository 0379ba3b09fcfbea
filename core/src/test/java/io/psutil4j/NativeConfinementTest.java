package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** JNA stays in one package, so everything else loads when JNA cannot (STYLE.md point 8). */
class NativeConfinementTest {
  /** An import or a qualified name of a JNA type; a prose mention of the package is no use. */
  private static final Pattern JNA = Pattern.compile("\\bcom\\.sun\\.jna\\.\\w");

  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");

  @Test
  void onlyTheNativeaccessPackageImportsJna() throws IOException {
    assertEquals(List.of(), offenders(Paths.get("src/main/java")));
  }

  /** Every module of the build, examples and benchmarks included, keeps JNA in its nativeaccess. */
  @Test
  void everyModuleKeepsJnaInItsNativeaccessPackage() throws IOException {
    Path root = Paths.get("..");
    Matcher modules = MODULE.matcher(SourceScan.read(root.resolve("pom.xml")));
    List<String> offenders = new ArrayList<>();
    int scanned = 0;
    while (modules.find()) {
      Path main = root.resolve(modules.group(1)).resolve("src/main/java");
      if (Files.isDirectory(main)) {
        offenders.addAll(offenders(main));
        scanned++;
      }
    }
    assertTrue(scanned >= 7, "only " + scanned + " modules' main sources found under " + root);
    assertEquals(List.of(), offenders);
  }

  private static List<String> offenders(Path main) throws IOException {
    return SourceScan.matching(main, JNA, "/nativeaccess/");
  }
}

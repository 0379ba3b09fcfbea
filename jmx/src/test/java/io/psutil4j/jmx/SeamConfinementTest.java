package io.psutil4j.jmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.SourceScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * jmx and the agent read the kernel through the {@code Platform} seam only: no source of theirs
 * names the Linux implementation, so another platform (or a fake) plugs in without them changing.
 */
class SeamConfinementTest {
  private static final Pattern LINUX_PACKAGE = Pattern.compile("\\bio\\.psutil4j\\.linux\\b");

  @Test
  void jmxAndAgentMainCodeNeverNameTheLinuxPackage() throws IOException {
    List<String> offenders = new ArrayList<>();
    for (Path main : List.of(Paths.get("src/main/java"), Paths.get("../agent/src/main/java"))) {
      assertTrue(Files.isDirectory(main), main.toAbsolutePath() + " is not a source directory");
      offenders.addAll(SourceScan.matching(main, LINUX_PACKAGE, null));
    }
    assertEquals(List.of(), offenders);
  }
}

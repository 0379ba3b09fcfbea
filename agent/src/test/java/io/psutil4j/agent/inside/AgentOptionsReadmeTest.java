package io.psutil4j.agent.inside;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/** README's option table is the one the option descriptors make: change an option, fix README. */
class AgentOptionsReadmeTest {
  private static final Path README =
      Paths.get("").toAbsolutePath().getParent().resolve("README.md");

  @Test
  void readmeOptionTableIsTheDescriptorsTable() throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String expected = AgentOptions.readmeTable();
    String header = expected.substring(0, expected.indexOf('\n') + 1);
    int start = readme.indexOf(header);
    assertTrue(start >= 0, "README.md has no option table starting with " + header);
    int end = readme.indexOf("\n\n", start);
    assertEquals(
        expected,
        readme.substring(start, end + 1),
        "README.md's option table differs from AgentOptions' descriptors; replace it with:\n"
            + expected);
  }
}

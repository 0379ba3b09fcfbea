package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The checked-in reference and configs are exactly what the generator makes from today's MBeans:
 * change an MBean and this fails until the files are regenerated.
 */
class MetricsReferenceCommandTest {
  private static final Path ROOT = Paths.get("").toAbsolutePath().getParent();

  @ParameterizedTest(name = "{1} is the output of --format {0}")
  @CsvSource({
    "markdown, docs/metrics.md",
    "jmx-exporter, examples/config/jmx_exporter.yaml",
    "jmx-exporter-cadvisor, examples/config/jmx_exporter_cadvisor.yaml",
    "otel, examples/config/otel-jmx.yaml",
    "otel-semconv, examples/config/otel-jmx-semconv.yaml"
  })
  void checkedInFileIsWhatTheGeneratorMakesNow(String format, String file) throws Exception {
    Cli cli = Cli.run("metrics-reference", "--format", format);
    assertEquals(0, cli.exitCode, cli.err);
    String checkedIn = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
    assertEquals(
        checkedIn,
        cli.out,
        () ->
            file
                + " is out of date; regenerate it: java -jar examples/target/psutil4j-examples.jar"
                + " metrics-reference --format "
                + format
                + " > "
                + file);
  }

  @Test
  void aBadFormatIsNamedWithExitTwo() {
    Cli bad = Cli.run("metrics-reference", "--format", "html");
    assertEquals(2, bad.exitCode);
    assertTrue(bad.err.contains("'html'"), bad.err);
  }
}

package io.psutil4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Properties;

/** A captured fixture scenario under src/test/resources/fixtures: its files and expectations. */
public final class Fixture {
  private final Path root;
  private final Properties expected = new Properties();

  private Fixture(Path root) {
    this.root = root;
    Path props = root.resolve("expected.properties");
    if (Files.exists(props)) {
      try (InputStream in = Files.newInputStream(props)) {
        expected.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public static Fixture of(String scenario) {
    try {
      return new Fixture(
          Paths.get(Fixture.class.getResource("/fixtures/" + scenario + "/NOTE.md").toURI())
              .getParent());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The process fixture the process tests use. */
  public static Fixture process() {
    return of("process-capture-x86_64-6.18");
  }

  public Path root() {
    return root;
  }

  public Path path(String relative) {
    return root.resolve(relative);
  }

  public byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(root.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String expect(String key) {
    String v = expected.getProperty(key);
    if (v == null) {
      throw new IllegalArgumentException("no '" + key + "' in " + root + "/expected.properties");
    }
    return v;
  }

  public long expectLong(String key) {
    return Long.parseLong(expect(key));
  }
}

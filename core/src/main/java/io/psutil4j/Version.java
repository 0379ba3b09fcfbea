package io.psutil4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

/** psutil4j's own version, from the build (version.properties, filtered by Maven). */
final class Version {
  private Version() {}

  static String read() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("io/psutil4j/version.properties is missing from the jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = p.getProperty("version");
    if (version == null) {
      throw new IllegalStateException("io/psutil4j/version.properties has no version");
    }
    return version;
  }

  /** psutil's version_info: the leading dotted numbers ("0.1.0-SNAPSHOT" gives 0, 1, 0). */
  static List<Integer> info(String version) {
    List<Integer> out = new ArrayList<>();
    for (String part : version.split("[^0-9.]", 2)[0].split("\\.")) {
      if (!part.isEmpty()) {
        out.add(Integer.parseInt(part));
      }
    }
    return Collections.unmodifiableList(out);
  }
}

package io.psutil4j.micrometer;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Prometheus text scrape, parsed: one sample per line, looked up by name and labels. */
final class Scrape {
  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$");
  private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"([^\"]*)\"");

  private final String text;
  private final List<Sample> samples = new ArrayList<>();

  Scrape(String text) {
    this.text = text;
    for (String line : text.split("\n")) {
      Matcher m = SAMPLE.matcher(line);
      if (line.startsWith("#") || !m.matches()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (m.group(2) != null) {
        Matcher l = LABEL.matcher(m.group(2));
        while (l.find()) {
          labels.put(l.group(1), l.group(2));
        }
      }
      samples.add(new Sample(m.group(1), labels, Double.parseDouble(m.group(3))));
    }
  }

  /** The one sample {@code name} whose labels include {@code labels} (key, value, key, ...). */
  double value(String name, String... labels) {
    Sample found = null;
    for (Sample s : samples) {
      if (s.name.equals(name) && s.has(labels)) {
        if (found != null) {
          fail("more than one " + name + " with " + List.of(labels) + " in:\n" + text);
        }
        found = s;
      }
    }
    if (found == null) {
      fail("no " + name + " with " + List.of(labels) + " in the scrape:\n" + text);
    }
    return found.value;
  }

  boolean has(String name, String... labels) {
    return samples.stream().anyMatch(s -> s.name.equals(name) && s.has(labels));
  }

  /** The {@code # TYPE} line of {@code family}, e.g. {@code counter}. */
  String type(String family) {
    for (String line : text.split("\n")) {
      if (line.startsWith("# TYPE " + family + " ")) {
        return line.substring(("# TYPE " + family + " ").length());
      }
    }
    return fail("no # TYPE " + family + " in the scrape:\n" + text);
  }

  @Override
  public String toString() {
    return text;
  }

  private static final class Sample {
    final String name;
    final Map<String, String> labels;
    final double value;

    Sample(String name, Map<String, String> labels, double value) {
      this.name = name;
      this.labels = labels;
      this.value = value;
    }

    boolean has(String... kv) {
      for (int i = 0; i < kv.length; i += 2) {
        if (!kv[i + 1].equals(labels.get(kv[i]))) {
          return false;
        }
      }
      return true;
    }
  }
}

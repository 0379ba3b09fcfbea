package io.psutil4j.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry Java agent with our semantic-conventions rules ({@code
 * examples/config/otel-jmx-semconv.yaml}) beside our agent: every rule yields its metric with the
 * convention's name, unit, instrument and attributes, and the values are the kernel's.
 */
class OpenTelemetrySemconvIT {
  private static final Pattern BEAN = Pattern.compile("^  - bean: \"(.+)\"$");
  private static final Pattern ATTRIBUTE = Pattern.compile("^      (\\w+):$");
  private static final Pattern FIELD =
      Pattern.compile("^        (metric|type|unit): \"?([^\"]*)\"?$");
  private static final Pattern METRIC_ATTRIBUTE =
      Pattern.compile("^          ([a-z0-9_.]+): (const|param|beanattr)\\((.*)\\)$");
  private static final Pattern METRIC =
      Pattern.compile(
          "resource=Resource\\{.*?attributes=\\{([^{}]*)\\}\\}, instrumentationScopeInfo=.*?, name=([a-z0-9_.]+),"
              + " description=.*?, unit=(\\S*), type=([A-Z_]+), data=(.*)$");
  private static final Pattern POINT =
      Pattern.compile("attributes=\\{(.*?)\\}, value=(-?[0-9.E]+)");
  private static final Pattern ATTR =
      Pattern.compile("([a-z0-9_.]+)=(\"(?:[^\"\\\\]|\\\\.)*\"|[^,]*)");

  /** One mapping of the rules file. */
  private static final class Rule {
    String section;
    String attribute;
    String metric;
    String type;
    String unit;
    final Map<String, String[]> attributes = new LinkedHashMap<>(); // key -> {kind, argument}

    @Override
    public String toString() {
      return section + "/" + attribute + " -> " + metric;
    }
  }

  /** What one exported metric carried. */
  private static final class Exported {
    String unit;
    String type;
    boolean monotonic;
    Map<String, String> resource;
    final List<Map<String, String>> points = new ArrayList<>();
    final List<Double> values = new ArrayList<>();
  }

  @Test
  void everyRuleExportsTheConventionsMetricWithItsAttributes() throws Exception {
    List<Rule> rules = rules();
    ExpectedMBeans expected = ExpectedMBeans.onThisMachine();
    Map<String, Set<String>> entities = new TreeMap<>(); // section -> entity names
    Set<String> exportable = new TreeSet<>();
    expected.numeric.forEach(
        (bean, attrs) -> {
          String section = ExpectedMBeans.section(bean);
          attrs.forEach(a -> exportable.add(section + "/" + a));
          String name = bean.getKeyProperty("name");
          if (name != null) {
            entities
                .computeIfAbsent(section, s -> new TreeSet<>())
                .add(name.startsWith("\"") ? ObjectName.unquote(name) : name);
          }
        });
    List<Rule> wanted = new ArrayList<>();
    for (Rule r : rules) {
      if (exportable.contains(r.section + "/" + r.attribute)) {
        wanted.add(r);
      }
    }
    assertEquals(exportable.size(), wanted.size(), "one rule per numeric attribute: " + rules);
    Set<String> wantedMetrics = new TreeSet<>();
    wanted.forEach(r -> wantedMetrics.add(r.metric));
    assertTrue(wantedMetrics.contains("process.cpu.time"), wantedMetrics.toString());
    assertTrue(wantedMetrics.contains("system.memory.usage"), wantedMetrics.toString());

    long diskReadMsBefore = diskReadMillis();
    try (ChildJvm host =
        OpenTelemetryIT.startWithOtelAgent(System.getProperty("otel.semconv.config"))) {
      Map<String, Exported> seen = new TreeMap<>();
      OpenTelemetryIT.awaitExported(host, METRIC, 2, wantedMetrics)
          .forEach((metric, m) -> seen.put(metric, exported(m)));
      long diskReadMsAfter = diskReadMillis();

      for (Rule r : wanted) {
        Exported e = seen.get(r.metric);
        assertEquals(r.unit, e.unit, r + " unit");
        String kind = r.type.equals("gauge") ? "_GAUGE" : "_SUM";
        assertTrue(e.type.endsWith(kind), r + " is " + e.type + ", rule " + r.type);
        if (!r.type.equals("gauge")) {
          assertEquals(r.type.equals("counter"), e.monotonic, r + " monotonic");
        }
        assertTrue(
            e.points.stream().anyMatch(p -> matches(r, p, entities.get(r.section))),
            () ->
                r + " " + r.attributes.keySet() + ": no point with its attributes in " + e.points);
      }

      Set<String> mountpoints = new TreeSet<>();
      seen.get("system.filesystem.limit")
          .points
          .forEach(p -> mountpoints.add(unquoted(p.get("system.filesystem.mountpoint"))));
      assertEquals(entities.get("FileSystem,name"), mountpoints, "mount points, unquoted");

      // the values are the kernel's, converted to the conventions' units
      assertEquals(KernelFacts.memTotalBytes(), only(seen.get("system.memory.limit")), 0.0);
      assertEquals(KernelFacts.onlineCpus(), only(seen.get("system.cpu.logical.count")), 0.0);
      double readSeconds = sum(seen.get("system.disk.operation_time"), "disk.io.direction", "read");
      assertTrue(
          readSeconds * 1000 >= diskReadMsBefore - 0.5
              && readSeconds * 1000 <= diskReadMsAfter + 0.5,
          diskReadMsBefore + " ms <= " + readSeconds + " s <= " + diskReadMsAfter + " ms");

      // host identity is the agent's resource, as the conventions define it
      Map<String, String> resource = seen.get("system.memory.limit").resource;
      assertEquals("\"" + uname("-n") + "\"", resource.get("host.name"), resource.toString());
      assertTrue(resource.get("os.description").contains(uname("-r")), resource.toString());

      assertEquals(0, host.finish(30));
    }
  }

  private static boolean matches(Rule r, Map<String, String> point, Set<String> entities) {
    if (!point.keySet().equals(r.attributes.keySet())) {
      return false;
    }
    for (Map.Entry<String, String[]> a : r.attributes.entrySet()) {
      String value = unquoted(point.get(a.getKey()));
      String kind = a.getValue()[0];
      if (kind.equals("const") && !value.equals(a.getValue()[1])) {
        return false;
      }
      if (kind.equals("param") && (entities == null || !entities.contains(value))) {
        return false;
      }
      if (kind.equals("beanattr") && value.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static Exported exported(Matcher m) {
    Exported e = new Exported();
    e.resource = attributes(m.group(1));
    e.unit = m.group(3);
    e.type = m.group(4);
    e.monotonic = m.group(5).contains("monotonic=true");
    Matcher p = POINT.matcher(m.group(5));
    while (p.find()) {
      e.points.add(attributes(p.group(1)));
      e.values.add(Double.parseDouble(p.group(2)));
    }
    return e;
  }

  private static Map<String, String> attributes(String text) {
    Map<String, String> attributes = new TreeMap<>();
    Matcher a = ATTR.matcher(text);
    while (a.find()) {
      attributes.put(a.group(1), a.group(2));
    }
    return attributes;
  }

  private static String unquoted(String value) {
    return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
  }

  private static double only(Exported e) {
    assertEquals(1, e.values.size(), e.points.toString());
    return e.values.get(0);
  }

  private static double sum(Exported e, String attribute, String value) {
    double sum = 0;
    for (int i = 0; i < e.points.size(); i++) {
      if (("\"" + value + "\"").equals(e.points.get(i).get(attribute))) {
        sum += e.values.get(i);
      }
    }
    return sum;
  }

  /** Milliseconds spent reading, over the disks our Disk MBeans cover. */
  private static long diskReadMillis() throws Exception {
    Set<String> disks = new TreeSet<>();
    ExpectedMBeans.onThisMachine().numeric.keySet().stream()
        .filter(n -> "Disk".equals(n.getKeyProperty("type")))
        .forEach(n -> disks.add(n.getKeyProperty("name")));
    long ms = 0;
    for (Map.Entry<String, Long> disk : KernelFacts.diskReadMillis().entrySet()) {
      if (disks.contains(disk.getKey())) {
        ms += disk.getValue();
      }
    }
    return ms;
  }

  private static String uname(String option) throws Exception {
    Process p = new ProcessBuilder("uname", option).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private static List<Rule> rules() throws Exception {
    Path config = Paths.get(System.getProperty("otel.semconv.config"));
    List<Rule> rules = new ArrayList<>();
    String section = null;
    Rule current = null;
    for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
      Matcher m;
      if ((m = BEAN.matcher(line)).matches()) {
        section = ExpectedMBeans.section(new ObjectName(m.group(1)));
      } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
        current = new Rule();
        current.section = section;
        current.attribute = m.group(1);
        rules.add(current);
      } else if ((m = FIELD.matcher(line)).matches()) {
        if (m.group(1).equals("metric")) {
          current.metric = m.group(2);
        } else if (m.group(1).equals("type")) {
          current.type = m.group(2);
        } else {
          current.unit = m.group(2);
        }
      } else if ((m = METRIC_ATTRIBUTE.matcher(line)).matches()) {
        current.attributes.put(m.group(1), new String[] {m.group(2), m.group(3)});
      }
    }
    return rules;
  }
}

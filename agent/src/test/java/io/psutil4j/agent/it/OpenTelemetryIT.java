package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry Java agent with our shipped JMX Metric Insight rules ({@code
 * examples/config/otel-jmx.yaml}) beside our agent, exporting through its logging exporter: every
 * rule yields its metric, with our type (counter = SUM, gauge = GAUGE), unit and description, and
 * the values are the kernel's.
 */
class OpenTelemetryIT {
  private static final Pattern BEAN = Pattern.compile("^  - bean: \"(.+)\"$");
  private static final Pattern ATTRIBUTE = Pattern.compile("^      (\\w+):$");
  private static final Pattern METRIC = Pattern.compile("^        metric: (\\S+)$");
  private static final Pattern TYPE = Pattern.compile("^        type: (\\w+)$");
  private static final Pattern UNIT = Pattern.compile("^        unit: \"(.*)\"$");
  private static final Pattern EXPORTED =
      Pattern.compile(
          "name=(psutil4j\\.[a-z0-9_.]+), description=(.*?), unit=(\\S*), type=([A-Z_]+),"
              + ".*?value=([0-9.E-]+)");

  @Test
  void everyRuleOfTheShippedConfigExportsItsMetric() throws Exception {
    Map<String, String[]> rules = rules(); // metric -> {Type/Attribute, type, unit}
    ExpectedMBeans expected = ExpectedMBeans.onThisMachine();
    Set<String> exportable = new TreeSet<>();
    expected.numeric.forEach(
        (bean, attrs) ->
            attrs.forEach(a -> exportable.add(ExpectedMBeans.section(bean) + "/" + a)));
    Set<String> wanted =
        rules.entrySet().stream()
            .filter(r -> exportable.contains(r.getValue()[0]))
            .map(Map.Entry::getKey)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(exportable.size(), wanted.size(), "one rule per numeric attribute: " + rules);

    try (ChildJvm host = startWithOtelAgent(System.getProperty("otel.config"))) {
      Map<String, Matcher> seen = awaitExported(host, EXPORTED, 1, wanted);
      assertEquals(wanted, seen.keySet(), "metrics exported vs rules of the shipped config");
      for (String metric : wanted) {
        Matcher m = seen.get(metric);
        String[] rule = rules.get(metric);
        String kind = rule[1].equals("counter") ? "_SUM" : "_GAUGE";
        assertTrue(m.group(4).endsWith(kind), metric + " is " + m.group(4) + ", rule " + rule[1]);
        assertEquals(rule[2], m.group(3), metric + " unit");
        assertTrue(!m.group(2).isEmpty(), metric + " has no description");
      }
      assertEquals(
          KernelFacts.memTotalBytes(),
          (long) Double.parseDouble(seen.get("psutil4j.memory.total").group(5)));
      assertEquals(
          host.pid(), (long) Double.parseDouble(seen.get("psutil4j.process.pid").group(5)));

      assertEquals(0, host.finish(30));
      assertEquals(List.of("host ready", "host done"), host.stdout());
      for (String line : host.stderr()) {
        // the OTel agent logs to stderr; the JVM warns that an agent appended to the boot path
        assertTrue(
            line.startsWith("[otel.javaagent ")
                || line.startsWith("OpenJDK 64-Bit Server VM warning:"),
            () ->
                "a stderr line from someone else: "
                    + line
                    + "\n"
                    + String.join("\n", host.stderr()));
      }
    }
  }

  /**
   * A {@link HostApp} with the OpenTelemetry agent reading {@code config} beside ours, exporting
   * every second to its stderr through the logging exporter.
   */
  static ChildJvm startWithOtelAgent(String config) throws IOException {
    String otel = "-javaagent:" + System.getProperty("otel.jar");
    String ours = "-javaagent:" + ChildJvm.agentJar();
    // one order only, as the README shows it: this agent takes ~25 s to start on JDK 25 here,
    // and the either-order cases are covered by the lighter jmx_exporter and Jolokia tests
    List<String> command = new ArrayList<>();
    command.add(otel);
    command.add(ours);
    command.addAll(
        List.of(
            "-Dotel.jmx.config=" + config,
            "-Dotel.metrics.exporter=logging",
            "-Dotel.traces.exporter=none",
            "-Dotel.logs.exporter=none",
            "-Dotel.metric.export.interval=1000",
            "-Dotel.jmx.discovery.delay=500",
            // only JMX Metric Insight: instrumenting every class takes the JVM ~50 s to start on
            // two busy cores with JDK 25, and is not what this test is about
            "-Dotel.instrumentation.common.default-enabled=false",
            "-Dotel.instrumentation.jmx-metrics.enabled=true",
            "-cp",
            ChildJvm.testClasses(),
            HostApp.class.getName()));
    return ChildJvm.start(command);
  }

  /**
   * Reads the exporter's lines on {@code host}'s stderr until {@code line} has matched every metric
   * of {@code wanted} (its name in group {@code nameGroup}): metric name to its latest match.
   */
  static Map<String, Matcher> awaitExported(
      ChildJvm host, Pattern line, int nameGroup, Set<String> wanted) {
    Map<String, Matcher> seen = new TreeMap<>();
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              for (String text : host.stderr()) {
                Matcher m = line.matcher(text);
                if (m.find()) {
                  seen.put(m.group(nameGroup), m);
                }
              }
              return seen.keySet().containsAll(wanted);
            });
    return seen;
  }

  private static Map<String, String[]> rules() throws Exception {
    Path config = Paths.get(System.getProperty("otel.config"));
    Map<String, String[]> rules = new TreeMap<>();
    String type = null;
    String attribute = null;
    String[] current = null;
    for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
      Matcher m;
      if ((m = BEAN.matcher(line)).matches()) {
        type = ExpectedMBeans.section(new ObjectName(m.group(1)));
      } else if ((m = ATTRIBUTE.matcher(line)).matches()) {
        attribute = m.group(1);
      } else if ((m = METRIC.matcher(line)).matches()) {
        current = new String[] {type + "/" + attribute, null, null};
        rules.put(m.group(1), current);
      } else if ((m = TYPE.matcher(line)).matches()) {
        current[1] = m.group(1);
      } else if ((m = UNIT.matcher(line)).matches()) {
        current[2] = m.group(1);
      }
    }
    return rules;
  }
}

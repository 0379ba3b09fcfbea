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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prometheus' jmx_exporter javaagent (1.0.1, the last on Maven Central) beside ours in one JVM, in
 * either -javaagent order, bound to an ephemeral loopback port and scraped over HTTP.
 */
class JmxExporterIT {
  private static final Pattern RULE_NAME = Pattern.compile("^    name: (\\S+)$");
  private static final Pattern RULE_TYPE = Pattern.compile("^    type: (GAUGE|COUNTER)$");
  // "<type=Cpu><>User: ", "<type=Cpu, name=([^,>]+)><>User: " or "<type=FileSystem,
  // name="(...)"><>"
  private static final Pattern RULE_ATTR =
      Pattern.compile("^  - pattern: '.*<type=(\\w+)(.*)><>(\\w+): .*'$");
  // an info rule: the attribute's text goes to labels, the value is 1
  private static final String INFO_VALUE = "    value: 1";
  private static final Pattern RULE_ENTITY_KEY = Pattern.compile(", (\\w+)=");
  private static final Pattern DISK_READ_SECONDS =
      Pattern.compile("\npsutil4j_disk_read_time_seconds_total\\{name=\"([^\"]+)\"\\} (\\S+)");

  @ParameterizedTest(name = "psutil4j agent first: {0}")
  @ValueSource(booleans = {true, false})
  void defaultRulesNameEveryAttributeAfterItsTypeAndHelpCarriesOurDescription(
      boolean oursFirst, @TempDir Path dir) throws Exception {
    Path config = dir.resolve("config.yaml");
    Files.writeString(config, "lowercaseOutputName: true\n");
    ExpectedMBeans expected = ExpectedMBeans.onThisMachine();
    try (ChildJvm host = start(oursFirst, config)) {
      String scrape = scrapeOnceMBeansAreUp(host, "psutil4j_process_pid ");

      // Cpu and Cpu,name=cpuN share a default name (the first key's value names the metric), so
      // a family's HELP is the description of whichever of them the exporter met first.
      Map<String, Set<String>> helps = new TreeMap<>();
      for (Map.Entry<ObjectName, Set<String>> bean : expected.numeric.entrySet()) {
        String type = bean.getKey().getKeyProperty("type").toLowerCase(Locale.ROOT);
        for (String attribute : bean.getValue()) {
          String metric =
              defaultName("psutil4j_" + type + "_" + attribute.toLowerCase(Locale.ROOT));
          helps
              .computeIfAbsent(metric, m -> new TreeSet<>())
              .add(
                  "# HELP "
                      + metric
                      + " "
                      + expected.descriptions.get(bean.getKey()).get(attribute)
                      + " psutil4j:");
          String entity = bean.getKey().getKeyProperty("name");
          if (entity != null) {
            String sample = metric + "{name=\"" + entity.replace("\"", "\\\"") + "\"";
            assertTrue(
                scrape.contains("\n" + sample),
                () -> "no sample '" + sample + "' in the scrape:\n" + psutil4j(scrape));
          }
        }
      }
      helps.forEach(
          (metric, allowed) ->
              assertTrue(
                  allowed.stream().anyMatch(scrape::contains),
                  () -> "none of " + allowed + " in the scrape:\n" + psutil4j(scrape)));
      // Memory.Total is "psutil4j_memory", not psutil4j_memory_total: see defaultName
      assertEquals(KernelFacts.memTotalBytes(), value(scrape, "psutil4j_memory"));
      assertEquals(host.pid(), value(scrape, "psutil4j_process_pid"));
      assertEquals(KernelFacts.onlineCpus(), value(scrape, "psutil4j_cpu_logicalcount"));
      assertTheHostIsUnharmed(host);
    }
  }

  @ParameterizedTest(name = "psutil4j agent first: {0}")
  @ValueSource(booleans = {true, false})
  void theShippedConfigTypesEveryMetricAndNamesItWithItsUnit(boolean oursFirst) throws Exception {
    Path config = Paths.get(System.getProperty("jmx_exporter.config"));
    Map<String, String> rules = new LinkedHashMap<>(); // metric name -> "counter"/"gauge"
    Map<String, String> ruleAttribute = new LinkedHashMap<>(); // metric name -> Type/Attribute
    Set<String> info = new TreeSet<>();
    String attr = null;
    String name = null;
    for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
      Matcher m;
      if ((m = RULE_ATTR.matcher(line)).matches()) {
        attr = section(m.group(1), m.group(2)) + "/" + m.group(3);
      } else if ((m = RULE_NAME.matcher(line)).matches()) {
        name = m.group(1);
        ruleAttribute.put(name, attr);
      } else if ((m = RULE_TYPE.matcher(line)).matches()) {
        rules.put(name, m.group(1).toLowerCase(Locale.ROOT));
      } else if (line.equals(INFO_VALUE)) {
        info.add(name);
      }
    }
    assertEquals(Set.of("psutil4j_host_uname"), info, "info rules of " + config);
    ExpectedMBeans expected = ExpectedMBeans.onThisMachine();
    Set<String> exportable = new TreeSet<>();
    expected.numeric.forEach(
        (bean, attrs) ->
            attrs.forEach(a -> exportable.add(ExpectedMBeans.section(bean) + "/" + a)));
    // Every attribute with a value here has its rule; the config also has rules for attributes
    // this machine leaves null (no CPU quota, no IRQ pressure), so it serves other hosts too.
    Set<String> ruled = new TreeSet<>(ruleAttribute.values());
    Set<String> unruled = new TreeSet<>(exportable);
    unruled.removeAll(ruled);
    assertEquals(Set.of(), unruled, "numeric attributes without a rule in the shipped config");
    assertEquals(ruleAttribute.size(), ruled.size(), "one rule per attribute");

    Map<String, Long> readMsBefore = KernelFacts.diskReadMillis();
    try (ChildJvm host = start(oursFirst, config)) {
      String scrape = scrapeOnceMBeansAreUp(host, "psutil4j_process_pid ");
      Map<String, Long> readMsAfter = KernelFacts.diskReadMillis();
      Set<String> families = families(scrape);
      Set<String> wanted =
          rules.keySet().stream()
              .filter(n -> exportable.contains(ruleAttribute.get(n)) || info.contains(n))
              .collect(Collectors.toCollection(TreeSet::new));
      assertEquals(wanted, families, "metric families in the scrape vs rules of " + config);
      assertEquals(
          List.of(),
          families.stream()
              .filter(f -> f.matches(".*_(bytes|seconds|percent)_(.*_)?\\1(_total)?"))
              .collect(Collectors.toList()),
          "a unit said twice in a name");
      for (Map.Entry<String, String> rule : rules.entrySet()) {
        if (wanted.contains(rule.getKey())) {
          String type = "# TYPE " + rule.getKey() + " " + rule.getValue();
          assertTrue(scrape.contains(type + "\n"), () -> "no '" + type + "' in\n" + scrape);
        }
      }
      // per-entity series carry the entity as label "name", a mountpoint without its quotes
      for (Map.Entry<ObjectName, Set<String>> bean : expected.numeric.entrySet()) {
        String entity = bean.getKey().getKeyProperty("name");
        if (entity != null && !bean.getValue().isEmpty()) {
          String label =
              "{name=\"" + (entity.startsWith("\"") ? ObjectName.unquote(entity) : entity) + "\"}";
          assertTrue(scrape.contains(label), () -> "no series with " + label + " in\n" + scrape);
        }
      }
      assertTrue(scrape.contains("# TYPE psutil4j_cpu_user_seconds_total counter\n"), scrape);
      assertTrue(scrape.contains("# TYPE psutil4j_memory_total_bytes gauge\n"), scrape);
      assertEquals(KernelFacts.memTotalBytes(), value(scrape, "psutil4j_memory_total_bytes"));
      assertEquals(host.pid(), value(scrape, "psutil4j_process_pid"));
      assertEquals(1, value(scrape, unameInfoSeries()), "node_uname_info's labels, value 1");
      // milliseconds in the MBean, seconds in the scrape (valueFactor 0.001)
      Matcher read = DISK_READ_SECONDS.matcher(scrape);
      int disks = 0;
      while (read.find()) {
        double ms = Double.parseDouble(read.group(2)) * 1000;
        String disk = read.group(1);
        assertTrue(
            ms >= readMsBefore.get(disk) - 0.5 && ms <= readMsAfter.get(disk) + 0.5,
            disk + ": " + readMsBefore.get(disk) + " <= " + ms + " <= " + readMsAfter.get(disk));
        disks++;
      }
      assertTrue(disks > 0, () -> "no disk read time in\n" + psutil4j(scrape));
      assertTheHostIsUnharmed(host);
    }
  }

  /** The host identity series as node_exporter's node_uname_info has it, from uname(1). */
  private static String unameInfoSeries() throws Exception {
    Map<String, String> labels = new TreeMap<>(); // the exposition sorts labels by name
    labels.put("machine", uname("-m"));
    labels.put("nodename", uname("-n"));
    labels.put("release", uname("-r"));
    labels.put("sysname", uname("-s"));
    labels.put("version", uname("-v"));
    return "psutil4j_host_uname"
        + labels.entrySet().stream()
            .map(l -> l.getKey() + "=\"" + l.getValue() + "\"")
            .collect(Collectors.joining(",", "{", "}"));
  }

  private static String uname(String option) throws Exception {
    Process p = new ProcessBuilder("uname", option).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertEquals(0, p.waitFor(), out);
    return out;
  }

  private static String section(String type, String entityKeys) {
    StringBuilder s = new StringBuilder(type);
    Matcher keys = RULE_ENTITY_KEY.matcher(entityKeys);
    while (keys.find()) {
      s.append(',').append(keys.group(1));
    }
    return s.toString();
  }

  /**
   * The name the exporter's default rule gives: client_java 1.x (inside jmx_exporter 1.0.1) drops a
   * trailing {@code _total}, {@code _created}, {@code _bucket} or {@code _info} from every metric
   * name, so {@code Memory.Total} becomes {@code psutil4j_memory}; our shipped config names it
   * {@code psutil4j_memory_total_bytes} instead.
   */
  private static String defaultName(String name) {
    return name.replaceFirst("_(total|created|bucket|info)$", "");
  }

  static ChildJvm start(boolean oursFirst, Path config) throws IOException {
    String exporter =
        "-javaagent:" + System.getProperty("jmx_exporter.jar") + "=127.0.0.1:0:" + config;
    String ours = "-javaagent:" + ChildJvm.agentJar();
    List<String> command = new ArrayList<>();
    command.add(oursFirst ? ours : exporter);
    command.add(oursFirst ? exporter : ours);
    command.addAll(List.of("-cp", ChildJvm.testClasses(), HostApp.class.getName()));
    return ChildJvm.start(command);
  }

  /** Finds the exporter's ephemeral port, then scrapes until our MBeans are in the scrape. */
  static String scrapeOnceMBeansAreUp(ChildJvm host, String marker) {
    await().atMost(Duration.ofSeconds(30)).until(() -> host.stdout().contains("host ready"));
    List<Integer> ports =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> ListeningPorts.of(host.pid()), p -> p.size() == 1);
    String url = "http://127.0.0.1:" + ports.get(0) + "/metrics";
    // the agent registers its MBeans one group after another (per-NIC, per-disk entities come
    // with their reconciler): done when the marker is there and the families held still once
    Set<String> previous = new TreeSet<>();
    return await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(300))
        .until(
            () -> Http.get(url),
            body -> {
              Set<String> families = families(body);
              boolean settled = body.contains("\n" + marker) && families.equals(previous);
              previous.clear();
              previous.addAll(families);
              return settled;
            });
  }

  private static Set<String> families(String scrape) {
    Set<String> families = new TreeSet<>();
    for (String line : scrape.split("\n")) {
      if (line.startsWith("# TYPE psutil4j_")) {
        families.add(line.split(" ")[2]);
      }
    }
    return families;
  }

  /** The value of an unlabelled sample, which must be a whole number. */
  static long value(String scrape, String metric) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith(metric + " ")) {
        double v = Double.parseDouble(line.substring(metric.length() + 1).trim());
        assertEquals(Math.rint(v), v, line);
        return (long) v;
      }
    }
    throw new AssertionError("no sample " + metric + " in\n" + psutil4j(scrape));
  }

  private static String psutil4j(String scrape) {
    return scrape.lines().filter(l -> l.contains("psutil4j")).collect(Collectors.joining("\n"));
  }

  private static void assertTheHostIsUnharmed(ChildJvm host) throws Exception {
    assertEquals(0, host.finish(30));
    assertEquals(List.of("host ready", "host done"), host.stdout());
    assertEquals(List.of(), host.stderr(), "nothing on the host's stderr");
  }
}

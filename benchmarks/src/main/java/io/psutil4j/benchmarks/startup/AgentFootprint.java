package io.psutil4j.benchmarks.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What each agent leaves in a JVM: runs {@link Probe} in child JVMs without an agent, with the
 * psutil4j agent and with jmx_exporter's, and prints the medians and the differences. Run from the
 * repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * io.psutil4j.benchmarks.startup.AgentFootprint [runs]}.
 */
public final class AgentFootprint {
  private AgentFootprint() {}

  public static void main(String[] args) throws Exception {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Map<String, String> agents = new LinkedHashMap<>();
    agents.put("none", null);
    agents.put("psutil4j", "-javaagent:" + ChildJvm.agentJar());
    agents.put(
        "jmx_exporter",
        "-javaagent:" + ChildJvm.exporterJar() + "=127.0.0.1:0:" + ChildJvm.exporterConfig());
    Map<String, Map<String, String>> medians = new LinkedHashMap<>();
    for (Map.Entry<String, String> agent : agents.entrySet()) {
      List<String> cmd = ChildJvm.command(agent.getValue(), Probe.class.getName());
      if (agent.getKey().equals("psutil4j")) {
        cmd.add("psutil4j");
      }
      List<Map<String, String>> samples = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        samples.add(parse(ChildJvm.run(cmd)));
      }
      medians.put(agent.getKey(), median(samples));
    }
    Map<String, String> none = medians.get("none");
    for (Map.Entry<String, Map<String, String>> e : medians.entrySet()) {
      System.out.println("== " + e.getKey() + " (median of " + runs + " JVMs)");
      for (Map.Entry<String, String> kv : e.getValue().entrySet()) {
        String line = "  " + kv.getKey() + " = " + kv.getValue();
        String base = none.get(kv.getKey());
        if (!e.getKey().equals("none") && base != null && isNumber(kv.getValue())) {
          line += "  (" + signed(Long.parseLong(kv.getValue()) - Long.parseLong(base)) + ")";
        }
        System.out.println(line);
      }
      if (!e.getKey().equals("none")) {
        TreeSet<String> added = new TreeSet<>(names(e.getValue()));
        added.removeAll(names(none));
        System.out.println("  threads added: " + added);
      }
    }
  }

  private static List<String> names(Map<String, String> values) {
    return Arrays.asList(values.getOrDefault("threadNames", "").split(","));
  }

  private static Map<String, String> parse(String out) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : out.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq), line.substring(eq + 1).trim());
      }
    }
    return values;
  }

  /** Numbers: the median of the runs; anything else: the first run's value. */
  private static Map<String, String> median(List<Map<String, String>> samples) {
    Map<String, String> out = new LinkedHashMap<>(samples.get(0));
    Map<String, List<Long>> numbers = new HashMap<>();
    for (Map<String, String> sample : samples) {
      for (Map.Entry<String, String> kv : sample.entrySet()) {
        if (isNumber(kv.getValue())) {
          numbers
              .computeIfAbsent(kv.getKey(), k -> new ArrayList<>())
              .add(Long.parseLong(kv.getValue()));
        }
      }
    }
    for (Map.Entry<String, List<Long>> kv : numbers.entrySet()) {
      List<Long> sorted = new ArrayList<>(kv.getValue());
      sorted.sort(null);
      out.put(kv.getKey(), Long.toString(sorted.get(sorted.size() / 2)));
    }
    return out;
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static String signed(long delta) {
    return delta >= 0 ? "+" + delta : Long.toString(delta);
  }
}

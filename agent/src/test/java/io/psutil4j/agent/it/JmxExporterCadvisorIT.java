package io.psutil4j.agent.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.live.CgroupSandbox;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import org.junit.jupiter.api.Test;

/**
 * jmx_exporter with the cAdvisor-named config ({@code examples/config/jmx_exporter_cadvisor.yaml})
 * beside our agent, in a JVM started inside a cgroup made here (256 MiB, a fifth of a CPU): every
 * Container value the MBean has comes out under cAdvisor's name, and the values are the ones the
 * group's kernel files hold while the scrape runs.
 */
class JmxExporterCadvisorIT {
  private static final long MEMORY_LIMIT = 256L * 1024 * 1024;
  private static final long QUOTA_USEC = 20_000;
  private static final long PERIOD_USEC = 100_000;
  // memory moves while the exporter serves a scrape (its own allocations, the page cache)
  private static final double MEMORY_TOLERANCE = 8 * 1024 * 1024;
  private static final Pattern CONTAINER_RULE =
      Pattern.compile("^  - pattern: '\\^psutil4j<type=Container><>(\\w+): '$");
  private static final Pattern NAME = Pattern.compile("^    name: (container_\\w+)$");

  @Test
  void cadvisorNamedSeriesCarryTheKernelsCgroupValues() throws Exception {
    Map<String, String> attributeOf = cadvisorRules(); // cAdvisor metric -> Container attribute
    assertTrue(attributeOf.containsKey("container_memory_working_set_bytes"), "" + attributeOf);
    String[] why = new String[1];
    CgroupSandbox box =
        CgroupSandbox.create("psutil4j-cadvisor-it-" + ProcessHandle.current().pid(), why);
    assumeTrue(box != null, () -> "cannot make a cgroup on this host: " + why[0]);
    ChildJvm host = null;
    try {
      box.limitMemory(MEMORY_LIMIT);
      box.limitCpu(QUOTA_USEC, PERIOD_USEC);
      host = startInside(box);
      String scrape = JmxExporterIT.scrapeOnceMBeansAreUp(host, "psutil4j_process_pid ");
      String url = "http://127.0.0.1:" + ListeningPorts.of(host.pid()).get(0) + "/metrics";
      assertTrue(scrape.contains("# TYPE container_memory_working_set_bytes gauge\n"), scrape);
      assertTrue(scrape.contains("# TYPE container_cpu_cfs_periods_total counter\n"), scrape);

      // the limits as set, in cAdvisor's units (bytes, microseconds)
      assertEquals(MEMORY_LIMIT, sample(scrape, "container_spec_memory_limit_bytes"));
      assertEquals(QUOTA_USEC, sample(scrape, "container_spec_cpu_quota"));
      assertEquals(PERIOD_USEC, sample(scrape, "container_spec_cpu_period"));

      // one scrape between two readings of the group's files
      Kernel before = Kernel.read(box);
      String during = Http.get(url);
      Kernel after = Kernel.read(box);
      near(before.usage, after.usage, during, "container_memory_usage_bytes");
      near(before.workingSet(), after.workingSet(), during, "container_memory_working_set_bytes");
      near(before.rss, after.rss, during, "container_memory_rss");
      near(before.cache, after.cache, during, "container_memory_cache");
      between(before.periods, after.periods, during, "container_cpu_cfs_periods_total");
      between(
          before.throttledPeriods,
          after.throttledPeriods,
          during,
          "container_cpu_cfs_throttled_periods_total");
      between(
          before.throttledSeconds,
          after.throttledSeconds,
          during,
          "container_cpu_cfs_throttled_seconds_total");
      if (box.v2()) { // on v1 usage is cpuacct's, a hierarchy the sandbox does not make
        between(
            before.usageSeconds,
            after.usageSeconds,
            during,
            "container_cpu_usage_seconds_total{cpu=\"total\"}");
      }

      // every cAdvisor name whose Container value this host has is in the scrape, no other
      Set<String> expected = new TreeSet<>();
      try (JMXConnector jmx = LocalJmx.connect(LocalJmx.address(host.pid()))) {
        MBeanServerConnection c = jmx.getMBeanServerConnection();
        ObjectName container = new ObjectName("psutil4j:type=Container");
        for (Map.Entry<String, String> rule : attributeOf.entrySet()) {
          if (c.getAttribute(container, rule.getValue()) != null) {
            expected.add(rule.getKey());
          }
        }
      }
      Set<String> exported = new TreeSet<>();
      for (String line : Http.get(url).split("\n")) {
        if (line.startsWith("# TYPE container_")) {
          exported.add(line.split(" ")[2]);
        }
      }
      assertEquals(expected, exported, "cAdvisor-named families vs non-null Container values");
      assertFalse(scrape.contains("psutil4j_container_memory_working_set_bytes"), scrape);

      assertEquals(0, host.finish(30));
      assertEquals(List.of("host ready", "host done"), host.stdout());
      assertEquals(List.of(), host.stderr(), "nothing on the host's stderr");
    } finally {
      if (host != null) {
        host.close();
        ProcessHandle.of(host.pid()).ifPresent(h -> h.onExit().join());
      }
      box.close();
    }
  }

  /** The cAdvisor-named rules of the shipped config: metric -> Container attribute. */
  private static Map<String, String> cadvisorRules() throws Exception {
    Path config = Paths.get(System.getProperty("jmx_exporter.cadvisor.config"));
    Map<String, String> rules = new TreeMap<>();
    String attribute = null;
    for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
      Matcher m;
      if ((m = CONTAINER_RULE.matcher(line)).matches()) {
        attribute = m.group(1);
      } else if (line.startsWith("  - pattern: ")) {
        attribute = null;
      } else if ((m = NAME.matcher(line)).matches()) {
        assertTrue(attribute != null, () -> "a cAdvisor name outside Container: " + line);
        rules.put(m.group(1), attribute);
      }
    }
    return rules;
  }

  /**
   * jmx_exporter and our agent (cache=0: every reading fresh) in a JVM that starts inside the box,
   * so all its memory is charged there: a shell joins the groups, then execs java.
   */
  private static ChildJvm startInside(CgroupSandbox box) throws Exception {
    StringBuilder join = new StringBuilder();
    for (Path dir : box.v2() ? List.of(box.cpuDir()) : List.of(box.cpuDir(), box.memoryDir())) {
      join.append("echo $$ > '").append(dir.resolve("cgroup.procs")).append("' && ");
    }
    List<String> launcher = List.of("sh", "-c", join + "exec \"$@\"", "sh");
    Path config = Paths.get(System.getProperty("jmx_exporter.cadvisor.config"));
    List<String> command = new ArrayList<>();
    command.add("-javaagent:" + ChildJvm.agentJar() + "=cache=0");
    command.add("-javaagent:" + System.getProperty("jmx_exporter.jar") + "=127.0.0.1:0:" + config);
    command.addAll(List.of("-cp", ChildJvm.testClasses(), HostApp.class.getName()));
    return ChildJvm.start(launcher, command);
  }

  /** A gauge within {@link #MEMORY_TOLERANCE} of the kernel's readings around the scrape. */
  private static void near(long before, long after, String scrape, String series) {
    double v = value(scrape, series);
    double low = Math.min(before, after) - MEMORY_TOLERANCE;
    double high = Math.max(before, after) + MEMORY_TOLERANCE;
    assertTrue(v >= low && v <= high, series + ": kernel " + before + ".." + after + ", ours " + v);
  }

  /** A counter between the kernel's readings before and after the scrape. */
  private static void between(double before, double after, String scrape, String series) {
    double v = value(scrape, series);
    // the exposition prints a double: allow its last digit
    double slack = Math.ulp(after) * 4;
    assertTrue(
        v >= before - slack && v <= after + slack,
        series + ": kernel " + before + " <= ours " + v + " <= " + after);
  }

  private static long sample(String scrape, String series) {
    double v = value(scrape, series);
    assertEquals(Math.rint(v), v, series);
    return (long) v;
  }

  private static double value(String scrape, String series) {
    for (String line : scrape.split("\n")) {
      if (line.startsWith(series + " ")) {
        return Double.parseDouble(line.substring(series.length() + 1).trim());
      }
    }
    throw new AssertionError("no sample " + series + " in\n" + scrape);
  }

  /** What the box's cgroup files say, as cAdvisor reads them (v2, or v1's names). */
  private static final class Kernel {
    long usage;
    long inactiveFile;
    long rss;
    long cache;
    long periods;
    long throttledPeriods;
    double throttledSeconds;
    double usageSeconds;

    static Kernel read(CgroupSandbox box) throws Exception {
      Kernel k = new Kernel();
      Map<String, Long> memory = flat(box.memoryDir().resolve("memory.stat"));
      Map<String, Long> cpu = flat(box.cpuDir().resolve("cpu.stat"));
      k.periods = cpu.get("nr_periods");
      k.throttledPeriods = cpu.get("nr_throttled");
      if (box.v2()) {
        k.usage = Long.parseLong(CgroupSandbox.read(box.memoryDir().resolve("memory.current")));
        k.inactiveFile = memory.get("inactive_file");
        k.rss = memory.get("anon");
        k.cache = memory.get("file");
        k.throttledSeconds = cpu.get("throttled_usec") / 1e6;
        k.usageSeconds = cpu.get("usage_usec") / 1e6;
      } else {
        k.usage =
            Long.parseLong(CgroupSandbox.read(box.memoryDir().resolve("memory.usage_in_bytes")));
        k.inactiveFile = memory.get("total_inactive_file");
        k.rss = memory.get("total_rss");
        k.cache = memory.get("total_cache");
        k.throttledSeconds = cpu.get("throttled_time") / 1e9;
      }
      return k;
    }

    /** kubelet's working set: usage minus inactive file, never below 0. */
    long workingSet() {
      return Math.max(0, usage - inactiveFile);
    }

    private static Map<String, Long> flat(Path file) throws Exception {
      Map<String, Long> values = new HashMap<>();
      for (String line : Files.readAllLines(file)) {
        String[] kv = line.split(" ");
        values.put(kv[0], Long.parseLong(kv[1]));
      }
      return values;
    }
  }
}

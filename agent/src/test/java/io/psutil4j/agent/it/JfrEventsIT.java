package io.psutil4j.agent.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's JFR events in a real recording: a host JVM with {@code jfr=true} and
 * -XX:StartFlightRecording, then {@code jfr print --events psutil4j.*} of the file it dumped at
 * exit. Also reports what each event's reading cost (its duration), the first one apart.
 */
class JfrEventsIT {
  private static final String[] EVENTS = {
    "psutil4j.Pressure",
    "psutil4j.CgroupCpu",
    "psutil4j.CgroupMemory",
    "psutil4j.MemoryFootprint",
    "psutil4j.NativeHeap",
    "psutil4j.NativeThreadCpu"
  };
  private static final Pattern FIELD = Pattern.compile("^  (\\w+) = (.*)$");

  @TempDir Path dir;

  @Test
  void eventsAreInTheRecordingWithTheirFields() throws Exception {
    List<Map<String, String>> events = record("=jfr=true", Duration.ofSeconds(9));

    for (String type : EVENTS) {
      assertFalse(of(events, type).isEmpty(), "no " + type + " in " + types(events));
    }
    Map<String, String> cpu =
        of(events, "psutil4j.Pressure").stream()
            .filter(e -> "\"cpu\"".equals(e.get("resource")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no cpu pressure"));
    assertTrue(cpu.get("someAvg10").endsWith("%"), cpu.toString());
    assertTrue(cpu.containsKey("someTotal") && cpu.containsKey("fullAvg60"), cpu.toString());
    Map<String, String> memory = of(events, "psutil4j.CgroupMemory").get(0);
    assertTrue(memory.get("usage").matches("[0-9.]+ [kMG]?B|[0-9]+ bytes?"), memory.toString());
    Map<String, String> footprint = of(events, "psutil4j.MemoryFootprint").get(0);
    assertTrue(footprint.get("uss").matches("[0-9.]+ [kMG]B"), footprint.toString());
    // the JVM's own threads, matched to Java threads by name; GC and JIT threads unmatched
    Map<String, String> reference =
        of(events, "psutil4j.NativeThreadCpu").stream()
            .filter(e -> "\"Reference Handler\"".equals(e.get("javaThreadName")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("Reference Handler has no event"));
    assertEquals("\"Reference Handl\"", reference.get("name"));
    Map<String, String> vm =
        of(events, "psutil4j.NativeThreadCpu").stream()
            .filter(e -> "\"VM Thread\"".equals(e.get("name")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("HotSpot's VM Thread has no event"));
    assertEquals("N/A", vm.get("javaThreadId"), vm.toString());
    assertTrue(vm.get("userTime").matches("[0-9.]+ (ns|us|ms|s)|[0-9]+ m [0-9]+ s"), vm.toString());

    Report.write("jfr-event-cost", costs(events));
  }

  @Test
  void noEventsUnlessAskedFor() throws Exception {
    List<Map<String, String>> events = record("", Duration.ofSeconds(5));
    assertEquals(List.of(), types(events));
  }

  @Test
  void aJvmWithoutJfrKeepsItsMBeansAndGetsOneLine() throws Exception {
    List<String> command =
        List.of(
            "--limit-modules",
            "java.base,java.management,java.instrument,java.logging",
            "-javaagent:" + ChildJvm.agentJar() + "=jfr=true",
            "-cp",
            ChildJvm.testClasses(),
            RegisteredHostApp.class.getName());
    try (ChildJvm host = ChildJvm.start(command)) {
      assertEquals(0, host.finish(120), host.stderr()::toString);
      assertEquals(List.of("registered"), host.stdout());
      List<String> stderr = host.stderr();
      assertEquals(1, stderr.size(), stderr::toString);
      assertTrue(
          stderr
              .get(0)
              .startsWith(
                  "psutil4j: JFR events not registered: java.lang.NoClassDefFoundError: jdk/jfr/"),
          stderr::toString);
    }
  }

  /** Starts a host with the agent and a recording, lets it run, and prints the recording. */
  private List<Map<String, String>> record(String agentOptions, Duration length) throws Exception {
    Path file = dir.resolve("host.jfr");
    Path settings = Paths.get(ChildJvm.testClasses(), "psutil4j-events.jfc");
    List<String> command =
        List.of(
            "-javaagent:" + ChildJvm.agentJar() + agentOptions,
            "-XX:StartFlightRecording:filename=" + file + ",settings=" + settings,
            "-cp",
            ChildJvm.testClasses(),
            HostApp.class.getName());
    try (ChildJvm host = ChildJvm.start(command)) {
      await().atMost(Duration.ofSeconds(120)).until(() -> host.stdout().contains("host ready"));
      Thread.sleep(length.toMillis());
      assertEquals(0, host.finish(60), host.stderr()::toString);
      assertEquals(List.of(), host.stderr(), "the host's stderr");
      // the JDK's own "Started recording" lines are -XX:StartFlightRecording's, not ours
      List<String> stdout =
          host.stdout().stream()
              .filter(l -> !l.matches("^\\[[0-9.]+s\\]\\[info\\]\\[jfr,startup\\].*"))
              .collect(Collectors.toList());
      assertEquals(List.of("host ready", "host done"), stdout, "the host's stdout");
    }
    return parse(print(file));
  }

  /** {@code $JAVA_HOME/bin/jfr print --events psutil4j.* FILE}. */
  private static List<String> print(Path file) throws IOException, InterruptedException {
    Path jfr = ChildJvm.java().resolveSibling("jfr");
    Path out = file.resolveSibling("print.txt");
    Process p =
        new ProcessBuilder(jfr.toString(), "print", "--events", "psutil4j.*", file.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jfr print did not finish");
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), lines::toString);
    return lines;
  }

  /** {@code type {}, {@code field = value}, ..., {@code }} blocks. */
  private static List<Map<String, String>> parse(List<String> lines) {
    List<Map<String, String>> events = new ArrayList<>();
    Map<String, String> current = null;
    for (String line : lines) {
      if (line.endsWith(" {") && !line.startsWith(" ")) {
        current = new LinkedHashMap<>();
        current.put("type", line.substring(0, line.length() - 2));
        events.add(current);
      } else if (current != null) {
        Matcher m = FIELD.matcher(line);
        if (m.matches()) {
          current.put(m.group(1), m.group(2));
        }
      }
    }
    return events;
  }

  private static List<Map<String, String>> of(List<Map<String, String>> events, String type) {
    return events.stream().filter(e -> type.equals(e.get("type"))).collect(Collectors.toList());
  }

  private static List<String> types(List<Map<String, String>> events) {
    return events.stream().map(e -> e.get("type")).distinct().sorted().collect(Collectors.toList());
  }

  /**
   * Mean and max cost of each type's readings after its first (class loading, JNA), in
   * milliseconds. The events of one reading (four resources, every thread) share its start time;
   * the reading's cost is their longest duration (thread events past the ones begun before the read
   * have none).
   */
  private static String costs(List<Map<String, String>> events) {
    Map<String, Map<String, Double>> readings = new TreeMap<>();
    for (Map<String, String> e : events) {
      if (e.containsKey("duration")) {
        readings
            .computeIfAbsent(e.get("type"), k -> new LinkedHashMap<>())
            .merge(e.get("startTime"), millis(e.get("duration")), Math::max);
      }
    }
    StringBuilder s = new StringBuilder("JFR event reading cost (ms, after the first reading):");
    readings.forEach(
        (type, byStart) -> {
          List<Double> d = new ArrayList<>(byStart.values());
          List<Double> later = d.subList(1, d.size());
          s.append(
              String.format(
                  " %s first=%.2f mean=%.2f max=%.2f readings=%d;",
                  type,
                  d.get(0),
                  later.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN),
                  later.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN),
                  later.size()));
        });
    return s.toString();
  }

  /** {@code 4.48 ms}, {@code 225 ms}, {@code 12.3 us}, {@code 1.20 s}. */
  private static double millis(String duration) {
    String[] f = duration.split(" ");
    double v = Double.parseDouble(f[0]);
    switch (f[1]) {
      case "s":
        return v * 1000;
      case "ms":
        return v;
      case "us":
        return v / 1000;
      case "ns":
        return v / 1_000_000;
      default:
        throw new AssertionError("unknown duration unit in '" + duration + "'");
    }
  }
}

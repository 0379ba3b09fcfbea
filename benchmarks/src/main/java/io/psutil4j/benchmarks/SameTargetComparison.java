package io.psutil4j.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One run, one target: starts {@link TargetProcess}, runs the JMH benchmarks on it (the target rows
 * read its pid, the self rows the benchmark JVM), then times psutil on the same pid with the same
 * protocol (psutil_bench.py: the same warm-up and measured iterations of the same length, the mean
 * of the iterations' µs per call), and prints one markdown table of both side by side.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.psutil4j.benchmarks.SameTargetComparison [JMH options] [regex...]
 * </pre>
 *
 * <p>JMH options pass through (e.g. {@code -f 1 -wi 1 -i 1 -w 1 -r 1}); without a regex the target
 * and self-process rows run. {@code -Dpsutil4j.bench.python=} (default {@code python3}) and {@code
 * -Dpsutil4j.bench.psutilScript=} (default {@code benchmarks/src/main/python/psutil_bench.py}) say
 * what times psutil.
 */
public final class SameTargetComparison {
  private static final String DEFAULT_INCLUDE = "TargetProcessBench|SelfProcessBench";
  private static final int DEFAULT_WARMUP_ITERATIONS = 2;
  private static final int DEFAULT_MEASUREMENT_ITERATIONS = 3;
  private static final TimeValue DEFAULT_ITERATION_TIME = TimeValue.seconds(1);

  /** One line of psutil_bench.py: op, µs per call, psutil version. */
  private static final Pattern PSUTIL_LINE = Pattern.compile("^(\\S+) ([0-9.]+) us psutil-(\\S+)$");

  /** The variants CONTRACT.md names, the suffixes of the JMH methods. */
  private static final List<String> JMH_VARIANTS = List.of("psutil4j", "oshi", "jdk", "floor");

  /** The table's time columns, in order; "psutil" comes from psutil_bench.py, the rest from JMH. */
  private static final List<String> COLUMNS = List.of("psutil4j", "psutil", "oshi", "jdk", "floor");

  private SameTargetComparison() {}

  public static void main(String[] args)
      throws CommandLineOptionException, IOException, InterruptedException, RunnerException {
    CommandLineOptions given = new CommandLineOptions(args);
    int warmups = given.getWarmupIterations().orElse(DEFAULT_WARMUP_ITERATIONS);
    int measurements = given.getMeasurementIterations().orElse(DEFAULT_MEASUREMENT_ITERATIONS);
    TimeValue warmupTime = given.getWarmupTime().orElse(DEFAULT_ITERATION_TIME);
    TimeValue measurementTime = given.getMeasurementTime().orElse(DEFAULT_ITERATION_TIME);
    try (TargetProcess target = TargetProcess.start()) {
      System.out.println("# target " + target.shape());
      // read by TargetProcessBench in a forked JVM (jvmArgsAppend) or in this one (-f 0)
      System.setProperty(TargetProcessBench.TARGET_PID_PROPERTY, Integer.toString(target.pid()));
      ChainedOptionsBuilder options =
          new OptionsBuilder()
              .parent(given)
              .mode(Mode.AverageTime)
              .timeUnit(TimeUnit.MICROSECONDS)
              .warmupIterations(warmups)
              .warmupTime(warmupTime)
              .measurementIterations(measurements)
              .measurementTime(measurementTime)
              .jvmArgsAppend("-D" + TargetProcessBench.TARGET_PID_PROPERTY + "=" + target.pid());
      if (given.getIncludes().isEmpty()) {
        options.include(DEFAULT_INCLUDE);
      }
      Map<String, Map<String, Double>> rows = jmhRows(new Runner(options.build()).run());
      List<String> psutil =
          psutil(target.pid(), warmups, measurements, warmupTime, measurementTime, rows.keySet());
      String version = "?";
      for (String line : psutil) {
        Matcher m = PSUTIL_LINE.matcher(line);
        if (m.matches() && rows.containsKey(m.group(1))) {
          rows.get(m.group(1)).put("psutil", Double.parseDouble(m.group(2)));
          version = m.group(3);
        }
      }
      System.out.println("# target after the run " + target.shape());
      System.out.print(table(rows, version));
    }
  }

  /** op (with its JMH params, as docs/benchmarks.md writes them) to variant to µs/op. */
  private static Map<String, Map<String, Double>> jmhRows(Collection<RunResult> results) {
    Map<String, Map<String, Double>> rows = new TreeMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      int cut = method.lastIndexOf('_');
      String variant = cut < 0 ? "" : method.substring(cut + 1);
      // a method outside the four variants (mbeanReadAll_coreSum) is a psutil4j row of its own
      if (!JMH_VARIANTS.contains(variant)) {
        cut = method.length();
        variant = "psutil4j";
      }
      StringBuilder op = new StringBuilder(method.substring(0, cut));
      List<String> params = new ArrayList<>();
      for (String key : result.getParams().getParamsKeys()) {
        params.add(key + "=" + result.getParams().getParam(key));
      }
      if (!params.isEmpty()) {
        op.append(params);
      }
      rows.computeIfAbsent(op.toString(), k -> new TreeMap<>())
          .put(variant, result.getPrimaryResult().getScore());
    }
    return rows;
  }

  /** psutil_bench.py's output lines for the ops JMH measured (psutil has no parameterised rows). */
  private static List<String> psutil(
      int pid,
      int warmups,
      int measurements,
      TimeValue warmupTime,
      TimeValue measurementTime,
      Collection<String> ops)
      throws IOException, InterruptedException {
    Path script =
        Paths.get(
            System.getProperty(
                "psutil4j.bench.psutilScript", "benchmarks/src/main/python/psutil_bench.py"));
    if (!Files.isRegularFile(script)) {
      throw new IOException(
          "no psutil script at " + script.toAbsolutePath() + " (-Dpsutil4j.bench.psutilScript=)");
    }
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("psutil4j.bench.python", "python3"));
    command.add(script.toString());
    command.add("--pid=" + pid);
    command.add("--warmup-iterations=" + warmups);
    command.add("--warmup-seconds=" + seconds(warmupTime));
    command.add("--iterations=" + measurements);
    command.add("--seconds=" + seconds(measurementTime));
    command.add("--exact");
    for (String op : ops) {
      if (op.indexOf('[') < 0) {
        command.add(op);
      }
    }
    java.lang.Process python =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(python.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        System.out.println("psutil: " + line);
        lines.add(line);
      }
    }
    int exit = python.waitFor();
    if (exit != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + exit);
    }
    return lines;
  }

  private static String seconds(TimeValue time) {
    return Double.toString(time.convertTo(TimeUnit.MILLISECONDS) / 1000.0);
  }

  /** The side-by-side table: µs per call, then psutil4j's time over psutil's and the floor's. */
  static String table(Map<String, Map<String, Double>> rows, String psutilVersion) {
    StringBuilder out = new StringBuilder();
    out.append("| op | psutil4j µs | psutil ")
        .append(psutilVersion)
        .append(" µs | OSHI µs | JDK µs | floor µs | psutil4j/psutil | psutil4j/floor |\n");
    out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, Map<String, Double>> row : rows.entrySet()) {
      Map<String, Double> times = row.getValue();
      Double ours = times.get("psutil4j");
      out.append("| ").append(row.getKey());
      for (String variant : COLUMNS) {
        out.append(" | ").append(micros(times.get(variant)));
      }
      out.append(" | ").append(ratio(ours, times.get("psutil")));
      out.append(" | ").append(ratio(ours, times.get("floor")));
      out.append(" |\n");
    }
    return out.toString();
  }

  private static String micros(Double value) {
    if (value == null) {
      return "—";
    }
    return String.format(
        Locale.ROOT,
        value < 1 ? "%.3f" : value < 10 ? "%.2f" : value < 1000 ? "%.1f" : "%.0f",
        value);
  }

  private static String ratio(Double ours, Double theirs) {
    if (ours == null || theirs == null || theirs == 0) {
      return "—";
    }
    return String.format(Locale.ROOT, "%.2f×", ours / theirs);
  }
}

package io.psutil4j.benchmarks.startup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Command lines for a child JVM with or without an agent. Paths come from system properties, with
 * defaults relative to the repository root (where the benchmarks are run from).
 */
public final class ChildJvm {
  /** {@code -Dpsutil4j.bench.agentJar}: the psutil4j agent. */
  public static final String AGENT_JAR = "psutil4j.bench.agentJar";

  /** {@code -Dpsutil4j.bench.exporterJar}: jmx_exporter's javaagent, copied by the build. */
  public static final String EXPORTER_JAR = "psutil4j.bench.exporterJar";

  /** {@code -Dpsutil4j.bench.helloClasspath}: where {@link Hello} and {@link Probe} are. */
  public static final String HELLO_CLASSPATH = "psutil4j.bench.helloClasspath";

  private ChildJvm() {}

  /** {@code -D<property>} or the default path, which must exist. */
  public static Path file(String property, String defaultPath) {
    Path path = Paths.get(System.getProperty(property, defaultPath)).toAbsolutePath();
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          path
              + " not found: build with `mvn -B -DskipTests package` from the repository root,"
              + " run from there, or set -D"
              + property);
    }
    return path;
  }

  public static Path agentJar() {
    return file(AGENT_JAR, "agent/target/psutil4j-agent.jar");
  }

  static Path exporterJar() {
    return file(EXPORTER_JAR, "benchmarks/target/jmx_prometheus_javaagent.jar");
  }

  static Path helloClasspath() {
    return file(HELLO_CLASSPATH, "benchmarks/target/classes");
  }

  /** A minimal exporter config: every MBean, as users who start with it do. */
  static Path exporterConfig() throws IOException {
    Path config = Files.createTempFile("jmx-exporter", ".yaml");
    config.toFile().deleteOnExit();
    Files.write(config, "rules:\n- pattern: \".*\"\n".getBytes(StandardCharsets.UTF_8));
    return config;
  }

  /** {@code java [agent] -cp <hello classpath> <mainClass>}. */
  static List<String> command(String agentArg, String mainClass) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    if (agentArg != null) {
      cmd.add(agentArg);
    }
    cmd.add("-cp");
    cmd.add(helloClasspath().toString());
    cmd.add(mainClass);
    return cmd;
  }

  /** Runs to the end; returns stdout, or throws with stderr when the exit code is not 0. */
  static String run(List<String> cmd) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(cmd);
    builder.redirectError(ProcessBuilder.Redirect.PIPE);
    java.lang.Process child = builder.start();
    String out;
    String err;
    try (InputStream stdout = child.getInputStream();
        InputStream stderr = child.getErrorStream()) {
      out = new String(stdout.readAllBytes(), StandardCharsets.UTF_8);
      err = new String(stderr.readAllBytes(), StandardCharsets.UTF_8);
    }
    int code = child.waitFor();
    if (code != 0) {
      throw new IllegalStateException(cmd + " exited " + code + ": " + err);
    }
    return out;
  }
}

package io.psutil4j.agent.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A JVM the tests start, with its output collected line by line. */
final class ChildJvm implements AutoCloseable {
  private final Process process;
  private final List<String> stdout = Collections.synchronizedList(new ArrayList<>());
  private final List<String> stderr = Collections.synchronizedList(new ArrayList<>());

  private ChildJvm(Process process) {
    this.process = process;
    pump(process.getInputStream(), stdout);
    pump(process.getErrorStream(), stderr);
  }

  static Path java() {
    return Paths.get(
        System.getProperty("test.java.home", System.getProperty("java.home")), "bin", "java");
  }

  static Path agentJar() {
    return Paths.get(System.getProperty("agent.jar", "target/psutil4j-agent.jar"));
  }

  static String testClasses() {
    return System.getProperty("test.classes", "target/test-classes");
  }

  static ChildJvm start(List<String> command) throws IOException {
    return start(List.of(), command);
  }

  /** A JVM started through {@code launcher} (e.g. {@code prlimit --nofile=256:256}). */
  static ChildJvm start(List<String> launcher, List<String> command) throws IOException {
    return start(launcher, java(), command);
  }

  /** A JVM of the JDK whose launcher is {@code java}. */
  static ChildJvm start(Path java, List<String> command) throws IOException {
    return start(List.of(), java, command);
  }

  private static ChildJvm start(List<String> launcher, Path java, List<String> command)
      throws IOException {
    List<String> full = new ArrayList<>(launcher);
    full.add(java.toString());
    full.addAll(command);
    return new ChildJvm(new ProcessBuilder(full).start());
  }

  /**
   * Runs {@link JdkOnlyClient} (nothing but the JDK on its class path) against {@code pid} with
   * {@code args} after the pid, and returns its stdout once it exited 0.
   */
  static List<String> readAllWithJdkOnlyClient(long pid, String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of("-cp", testClasses(), JdkOnlyClient.class.getName(), Long.toString(pid)));
    command.addAll(List.of(args));
    ChildJvm client = start(command);
    int exit = client.finish(60);
    if (exit != 0) {
      throw new AssertionError("JDK-only client exited " + exit + ": " + client.stderr());
    }
    return client.stdout();
  }

  private static void pump(java.io.InputStream in, List<String> into) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  into.add(line);
                }
              } catch (IOException e) {
                into.add("<stream error: " + e + ">");
              }
            });
    t.setDaemon(true);
    t.start();
  }

  long pid() {
    return process.pid();
  }

  List<String> stdout() {
    synchronized (stdout) {
      return new ArrayList<>(stdout);
    }
  }

  List<String> stderr() {
    synchronized (stderr) {
      return new ArrayList<>(stderr);
    }
  }

  /** Sends one line to the child's stdin. */
  void send(String line) throws IOException {
    process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().flush();
  }

  /** Closes stdin (HostApp then exits) and waits for the exit code. */
  int finish(long seconds) throws IOException, InterruptedException {
    process.getOutputStream().close();
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError(
          "child JVM did not exit within " + seconds + " s; stderr: " + stderr());
    }
    Thread.sleep(50); // let the pumps drain the last lines
    return process.exitValue();
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

package io.psutil4j.benchmarks.scale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/** A {@link ScaleHost} child JVM: its stdout lines, its stdin, its connector address. */
final class HostJvm implements AutoCloseable {
  private final Process process;
  private final Writer stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Path stderr;
  private final String ready;

  private HostJvm(Process process, Path stderr) throws IOException, InterruptedException {
    this.process = process;
    this.stderr = stderr;
    this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.US_ASCII);
    Thread reader = new Thread(this::readStdout, "scale-host-stdout");
    reader.setDaemon(true);
    reader.start();
    this.ready = awaitLine("ready ", 300);
  }

  /** {@code java <jvmArgs> -cp <this class path> ScaleHost <hostArgs>}, until it is ready. */
  static HostJvm start(List<String> jvmArgs, List<String> hostArgs)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-Djava.rmi.server.hostname=127.0.0.1");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(ScaleHost.class.getName());
    cmd.addAll(hostArgs);
    Path stderr = Files.createTempFile("psutil4j-scale-host", ".err");
    Process child =
        new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.to(stderr.toFile())).start();
    try {
      return new HostJvm(child, stderr);
    } catch (IOException | RuntimeException e) {
      child.destroyForcibly();
      throw e;
    }
  }

  private void readStdout() {
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      // the child is gone; awaitLine says so
    }
  }

  /** The next stdout line starting with {@code prefix}, other lines skipped. */
  String awaitLine(String prefix, int timeoutSeconds) throws InterruptedException, IOException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
    while (System.nanoTime() < deadline) {
      String line = lines.poll(100, TimeUnit.MILLISECONDS);
      if (line != null && line.startsWith(prefix)) {
        return line;
      }
      if (line == null && !process.isAlive() && lines.isEmpty()) {
        break;
      }
    }
    throw new IllegalStateException(
        "the host printed no '" + prefix + "' line; its stderr: " + Files.readString(stderr));
  }

  long pid() {
    return process.pid();
  }

  /** A {@code key=value} of the ready line. */
  String fact(String key) {
    for (String word : ready.split(" ")) {
      if (word.startsWith(key + "=")) {
        return word.substring(key.length() + 1);
      }
    }
    throw new IllegalStateException("no " + key + " in " + ready);
  }

  // the address is the one our own child printed, a loopback RMI stub: no user input reaches JNDI
  @SuppressWarnings("BanJNDI")
  JMXConnector connect() throws IOException {
    return JMXConnectorFactory.connect(new JMXServiceURL(ready.split(" ")[1]));
  }

  void send(String command) throws IOException {
    stdin.write(command + "\n");
    stdin.flush();
  }

  /** End of input ends the host; after 30 s, or if this thread is interrupted, it is killed. */
  @Override
  public void close() throws IOException {
    try {
      stdin.close();
    } catch (IOException e) {
      // already gone
    }
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    Files.deleteIfExists(stderr);
  }
}

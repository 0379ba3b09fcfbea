package io.psutil4j;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Real child processes for the tests, each killed and reaped by {@link #close()} (call it from
 * {@code @AfterEach}), and the output of real tools ({@code ps}, {@code pmap}) to compare with.
 */
public final class Spawn implements AutoCloseable {
  private final List<java.lang.Process> started = new ArrayList<>();

  /** No children yet (jmx's tests use it too, through the test jar). */
  public Spawn() {}

  public java.lang.Process start(String... command) {
    return start(new ProcessBuilder(command));
  }

  public java.lang.Process start(ProcessBuilder builder) {
    try {
      java.lang.Process p = builder.redirectErrorStream(true).start();
      started.add(p);
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A child that sleeps, in its Process form once its exec happened (its name is the command). */
  public Process sleeper(String... prefix) {
    List<String> cmd = new ArrayList<>(Arrays.asList(prefix));
    cmd.add("sleep");
    cmd.add("60");
    java.lang.Process child = start(cmd.toArray(new String[0]));
    Process p = Process.of(child.pid());
    await().atMost(Duration.ofSeconds(10)).until(() -> p.name().equals("sleep"));
    return p;
  }

  /**
   * A real zombie: {@code sleep 0} exits at once and its parent, which became {@code sleep 60} by
   * exec, never reaps it. Returned once the kernel shows it as one.
   */
  public Process zombie() {
    java.lang.Process parent = start("sh", "-c", "sleep 0 & exec sleep 60");
    Process pp = Process.of(parent.pid());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                pp.children().size() == 1
                    && pp.children().get(0).status() == ProcessStatus.STATUS_ZOMBIE);
    return pp.children().get(0);
  }

  /** Runs a tool to its end and returns its stdout (and stderr). */
  public static String run(String... command) {
    try {
      java.lang.Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("timeout running " + Arrays.toString(command));
      }
      return new String(out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code ps -o FIELD= -p PID}, trimmed. */
  public static String ps(int pid, String field) {
    return run("ps", "-o", field + "=", "-p", Integer.toString(pid)).trim();
  }

  @Override
  public void close() {
    for (java.lang.Process p : started) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    for (java.lang.Process p : started) {
      try {
        p.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    started.clear();
  }
}

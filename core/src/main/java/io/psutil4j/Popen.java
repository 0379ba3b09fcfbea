package io.psutil4j;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * psutil's {@code Popen}: starts a child and gives its {@link Process}. The JVM reaps the child, so
 * {@link #waitFor()} is the way to learn its exit code; signals go through {@link Process}, which
 * checks for pid reuse first (psutil's reason for Popen, BPO-6973).
 */
// ProcessBuilder is banned in core so that nothing forks by accident; starting a child is the
// whole point of this one class, on the caller's explicit request.
@SuppressForbidden(reason = "Popen starts a child process because its caller asks for one")
public final class Popen {
  private final java.lang.Process child;
  private final Process process;

  private Popen(java.lang.Process child) {
    this.child = child;
    this.process = Process.ofChild(child);
  }

  /**
   * Starts {@code command} with this JVM's environment and directory; its stdin, stdout and stderr
   * are pipes ({@link #javaProcess()}), which the caller must drain if the child writes much.
   */
  public static Popen start(String... command) throws IOException {
    return start(Arrays.asList(command));
  }

  /** Starts {@code command}; stdin, stdout and stderr are pipes, as {@link ProcessBuilder}'s. */
  public static Popen start(List<String> command) throws IOException {
    return new Popen(new ProcessBuilder(command).start());
  }

  /** Starts a child as configured by {@code builder} (environment, redirections, directory). */
  public static Popen start(ProcessBuilder builder) throws IOException {
    return new Popen(builder.start());
  }

  /** The child as a psutil Process (all getters, signals, wait). */
  public Process process() {
    return process;
  }

  /** The JVM's handle, for its streams. */
  public java.lang.Process javaProcess() {
    return child;
  }

  public int pid() {
    return process.pid();
  }

  /**
   * Waits for the child and returns its exit code: -N for death by a signal N sent through this
   * object (psutil's value), else as the JVM reports it (128 + N for a signal sent by another).
   */
  public int waitFor() {
    return process.waitFor().getAsInt();
  }

  /**
   * As {@link #waitFor()}, at most {@code timeout} seconds.
   *
   * @throws TimeoutExpired when it still runs
   */
  public int waitFor(double timeout) {
    OptionalInt code = process.waitFor(timeout);
    return code.getAsInt();
  }

  /** The exit code once waited for, as subprocess's {@code returncode}. */
  public OptionalInt returncode() {
    return process.returncode();
  }

  public void sendSignal(int signal) {
    process.sendSignal(signal);
  }

  public void terminate() {
    process.terminate();
  }

  public void kill() {
    process.kill();
  }
}

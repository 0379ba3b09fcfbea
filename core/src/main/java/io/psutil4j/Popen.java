package io.psutil4j;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code Popen}: a child this JVM starts that is also a {@link Process}, with every
 * getter, signals that check for pid reuse first (psutil's reason for Popen, BPO-6973), and
 * subprocess's {@link #poll()}, {@link #communicate} and {@link #returncode()}. {@link #close()}
 * (try-with-resources, as subprocess's {@code with Popen(...)}) closes the pipes and waits for the
 * child.
 *
 * <p>Exit codes are psutil's: the code the child exits with, or -N when signal N killed it. The JVM
 * reaps the child and reports a death by signal N as 128 + N, as it does an {@code exit(128 + N)}.
 * A pidfd opened at start tells them apart on Linux 6.15+ (PIDFD_INFO_EXIT, through JNA), whoever
 * sent the signal. Elsewhere, only a signal sent through this object is known: one from elsewhere
 * reads 128 + N.
 */
// ProcessBuilder is banned in core so that nothing forks by accident; starting a child is the
// whole point of this one class, on the caller's explicit request.
@SuppressForbidden(reason = "Popen starts a child process because its caller asks for one")
public final class Popen extends Process implements AutoCloseable {
  private final java.lang.Process javaProcess;

  private Popen(java.lang.Process child) {
    // the watch first, before the JVM's reaper can take the status: a child that dies before it
    // opens (a few microseconds after start) reads 128 + N
    super(child, Platforms.current().watchExit((int) child.pid()));
    this.javaProcess = child;
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

  /**
   * This object: a Popen is its own Process.
   *
   * @deprecated a Popen is a Process; use it directly
   */
  @Deprecated
  public Process process() {
    return this;
  }

  /** The JVM's handle, for its streams. */
  public java.lang.Process javaProcess() {
    return javaProcess;
  }

  /**
   * subprocess's {@code poll()}: the exit code if the child has ended (and sets {@link
   * #returncode()}), else empty; never blocks.
   */
  public OptionalInt poll() {
    if (javaProcess.isAlive()) {
      return OptionalInt.empty();
    }
    return waitFor();
  }

  /**
   * subprocess's {@code communicate(input)}: writes {@code input} (null: nothing) to the child's
   * stdin and closes it, reads stdout and stderr to their end (both at once, so a child filling one
   * pipe cannot block on it), then waits for the exit. A stream the builder redirected elsewhere
   * reads as empty.
   *
   * @throws UncheckedIOException when a pipe fails
   */
  public Communicated communicate(byte @Nullable [] input) {
    return communicate(input, Long.MAX_VALUE, -1);
  }

  /**
   * As {@link #communicate(byte[])}, giving up after {@code timeout} seconds; the child then still
   * runs, as in subprocess.
   *
   * @throws TimeoutExpired when the child has not ended and closed its pipes in time
   * @throws IllegalArgumentException for a negative timeout
   */
  public Communicated communicate(byte[] input, double timeout) {
    ProcessWaiter.requireTimeout(timeout);
    return communicate(input, System.nanoTime() + (long) (timeout * 1e9), timeout);
  }

  /** timeout in seconds, negative for none; deadline in System.nanoTime() terms. */
  private Communicated communicate(byte @Nullable [] input, long deadline, double timeout) {
    java.lang.Process child = javaProcess;
    CompletableFuture<byte[]> err =
        CompletableFuture.supplyAsync(() -> drain(child.getErrorStream()), Popen::daemon);
    CompletableFuture<byte[]> out =
        CompletableFuture.supplyAsync(() -> drain(child.getInputStream()), Popen::daemon);
    try (OutputStream in = child.getOutputStream()) {
      if (input != null) {
        in.write(input);
      }
    } catch (IOException e) {
      // the child closed its stdin (or exited) before reading it all: subprocess ignores EPIPE
    }
    byte[] stdout = await(out, deadline, timeout);
    byte[] stderr = await(err, deadline, timeout);
    OptionalInt code =
        timeout < 0 ? waitFor() : waitFor(Math.max(0, (deadline - System.nanoTime()) / 1e9));
    return new Communicated(stdout, stderr, code.getAsInt());
  }

  private static void daemon(Runnable task) {
    Thread t = new Thread(task, "psutil4j-popen-pipe");
    t.setDaemon(true);
    t.start();
  }

  private static byte[] drain(InputStream stream) {
    try (InputStream in = stream) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] await(CompletableFuture<byte[]> pipe, long deadline, double timeout) {
    try {
      if (timeout < 0) {
        return pipe.get();
      }
      return pipe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new TimeoutExpired(timeout, pid(), null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading pid " + pid() + "'s pipes", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof UncheckedIOException
          ? (UncheckedIOException) e.getCause()
          : new IllegalStateException(e.getCause());
    }
  }

  /** What {@link #communicate} read, with the exit code. */
  public static final class Communicated {
    private final byte[] stdout;
    private final byte[] stderr;
    private final int returncode;

    Communicated(byte[] stdout, byte[] stderr, int returncode) {
      this.stdout = stdout;
      this.stderr = stderr;
      this.returncode = returncode;
    }

    /** Everything the child wrote to stdout (a copy). */
    public byte[] stdout() {
      return stdout.clone();
    }

    /** Everything the child wrote to stderr (a copy). */
    public byte[] stderr() {
      return stderr.clone();
    }

    /** The exit code, -N for death by signal N sent through the Popen. */
    public int returncode() {
      return returncode;
    }
  }

  /**
   * subprocess's {@code __exit__}: closes stdin, stdout and stderr and waits for the child to end
   * (it is not killed, as in Python).
   */
  @Override
  public void close() {
    closeQuietly(javaProcess.getOutputStream());
    closeQuietly(javaProcess.getInputStream());
    closeQuietly(javaProcess.getErrorStream());
    waitFor();
  }

  private static void closeQuietly(Closeable stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // a pipe that cannot close is already broken: nothing left to release
    }
  }
}

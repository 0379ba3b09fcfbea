package io.psutil4j;

import io.psutil4j.spi.ExitWatch;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code wait}. A {@link Popen} child is waited for through the JVM, which reaps it and so
 * is the only one that learns its exit status. Any other process is polled until it is gone (its
 * parent reaps it), with sleeps from 0.1 ms doubling to 40 ms, as psutil does for non-children; its
 * exit code cannot be known (psutil: None). The result is kept on the Process.
 */
final class ProcessWaiter {
  private static final long FIRST_DELAY_NANOS = 100_000;
  private static final long MAX_DELAY_NANOS = 40_000_000;

  private ProcessWaiter() {}

  /** {@code timeout}, a number of seconds not negative (nor NaN), else psutil's ValueError. */
  static double requireTimeout(double timeout) {
    if (!(timeout >= 0)) {
      throw new IllegalArgumentException("timeout must be a positive number (got " + timeout + ")");
    }
    return timeout;
  }

  /** timeout in seconds; negative waits forever. */
  static OptionalInt waitFor(Process p, double timeout) {
    if (p.returncode().isPresent()) {
      return p.returncode();
    }
    java.lang.Process child = p.child();
    if (child != null) {
      return waitForChild(p, child, timeout);
    }
    long start = System.nanoTime();
    long limit = timeout < 0 ? Long.MAX_VALUE : (long) (timeout * 1e9);
    long delay = FIRST_DELAY_NANOS;
    while (p.isRunning()) {
      long waited = System.nanoTime() - start;
      if (waited >= limit) {
        throw new TimeoutExpired(timeout, p.pid(), nameOrNull(p));
      }
      sleep(Math.min(delay, limit - waited));
      delay = Math.min(delay * 2, MAX_DELAY_NANOS);
    }
    return OptionalInt.empty();
  }

  /**
   * The JVM reaps the child and reports death by signal N as 128 + N (its ProcessImpl), where
   * psutil gives -N. The child's pidfd, where the kernel keeps the wait status for it (Linux
   * 6.15+), tells death by any signal from an exit(128 + N). Elsewhere, when the signal was sent
   * through this Process (terminate, kill, send_signal), 128 + N is taken as death by it: -N.
   */
  private static OptionalInt waitForChild(Process p, java.lang.Process child, double timeout) {
    try {
      if (timeout < 0) {
        child.waitFor();
      } else if (!child.waitFor((long) (timeout * 1e9), TimeUnit.NANOSECONDS)) {
        throw new TimeoutExpired(timeout, p.pid(), nameOrNull(p));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for pid " + p.pid(), e);
    }
    int code = child.exitValue();
    ExitWatch watch = p.exitWatch();
    OptionalInt status = watch.statusOnceReaped();
    watch.close();
    int signal = p.lastSignalSent();
    if (status.isPresent()) {
      code = fromWaitStatus(status.getAsInt(), code);
    } else if (signal > 0 && code == 128 + signal) {
      code = -signal;
    }
    p.returncode(code);
    return OptionalInt.of(code);
  }

  /** WIFSIGNALED: -WTERMSIG, as psutil; WIFEXITED: WEXITSTATUS; anything else: the JVM's code. */
  static int fromWaitStatus(int status, int jvmCode) {
    int termsig = status & 0x7f;
    if (termsig == 0) {
      return (status >> 8) & 0xff;
    }
    return termsig != 0x7f ? -termsig : jvmCode;
  }

  private static @Nullable String nameOrNull(Process p) {
    try {
      return p.name();
    } catch (PsutilException e) {
      return null;
    }
  }

  private static void sleep(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(Math.max(nanos, 1));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting", e);
    }
  }
}

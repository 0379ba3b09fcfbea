package io.psutil4j;

import org.jspecify.annotations.Nullable;

/** {@code wait(timeout)} ran out of time before the process ended. */
public final class TimeoutExpired extends PsutilException {
  private static final long serialVersionUID = 1L;

  private final double seconds;

  public TimeoutExpired(double seconds, @Nullable Integer pid, @Nullable String name) {
    super(boxed(pid), name, null, "timeout after " + Repr.number(seconds) + " seconds");
    this.seconds = seconds;
  }

  /** The timeout that expired, in seconds. */
  public double seconds() {
    return seconds;
  }
}

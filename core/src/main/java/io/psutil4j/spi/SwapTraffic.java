package io.psutil4j.spi;

/**
 * swap_memory()'s sin and sout alone, from /proc/vmstat: bytes swapped in and out since boot, read
 * without /proc/meminfo (see {@link MeminfoReading}).
 */
public final class SwapTraffic {
  private final long sin;
  private final long sout;

  public SwapTraffic(long sin, long sout) {
    if (sin < 0 || sout < 0) {
      throw new IllegalArgumentException(
          "swap traffic must be >= 0 bytes, got " + sin + ", " + sout);
    }
    this.sin = sin;
    this.sout = sout;
  }

  /** swap_memory().sin: bytes swapped in from disk since boot. */
  public long sin() {
    return sin;
  }

  /** swap_memory().sout: bytes swapped out to disk since boot. */
  public long sout() {
    return sout;
  }
}

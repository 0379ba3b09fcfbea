package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code sswap}: swap in bytes from /proc/meminfo, and the bytes swapped in and out since
 * boot from /proc/vmstat ({@code pswpin}/{@code pswpout} pages times 4096, as psutil counts them).
 */
public final class SwapMemory extends Tuple {
  private final long total;
  private final long used;
  private final long free;
  private final double percent;
  private final long sin;
  private final long sout;

  private SwapMemory(long total, long free, long sin, long sout) {
    super("sswap");
    this.total = Fields.requireNonNegative("total", total);
    this.free = Fields.requireNonNegative("free", free);
    this.sin = Fields.requireNonNegative("sin", sin);
    this.sout = Fields.requireNonNegative("sout", sout);
    if (free > total) {
      throw new IllegalArgumentException("swap free " + free + " exceeds total " + total);
    }
    this.used = total - free;
    this.percent = Fields.percent(used, total);
  }

  /** {@code used} and {@code percent} are computed from total and free. */
  public static SwapMemory of(long total, long free, long sin, long sout) {
    return new SwapMemory(total, free, sin, sout);
  }

  /** SwapTotal, bytes. */
  public long total() {
    return total;
  }

  /** {@code total - free}, bytes. */
  public long used() {
    return used;
  }

  /** SwapFree, bytes. */
  public long free() {
    return free;
  }

  /** {@code used / total * 100}, one decimal; 0.0 without swap. */
  public double percent() {
    return percent;
  }

  /** Bytes swapped in from disk since boot. */
  public long sin() {
    return sin;
  }

  /** Bytes swapped out to disk since boot. */
  public long sout() {
    return sout;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "total", total, "used", used, "free", free, "percent", percent, "sin", sin, "sout", sout);
  }
}

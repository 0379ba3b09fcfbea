package io.psutil4j;

/**
 * psutil's {@code sswap}: swap in bytes from /proc/meminfo, and the bytes swapped in and out since
 * boot from /proc/vmstat ({@code pswpin}/{@code pswpout} pages times 4096, as psutil counts them).
 */
public final class SwapMemory extends FieldTuple<SwapMemory.Field> {
  /** psutil's fields, in psutil's order; bytes but the percentage. */
  enum Field implements MeasuredField {
    TOTAL,
    USED,
    FREE,
    PERCENT,
    SIN,
    SOUT;

    @Override
    public Unit unit() {
      return this == PERCENT ? Unit.PERCENT : Unit.BYTES;
    }
  }

  private SwapMemory(Object... values) {
    super("sswap", Field.class, values);
  }

  /** {@code used} and {@code percent} are computed from total and free. */
  public static SwapMemory of(long total, long free, long sin, long sout) {
    Fields.requireNonNegative("total", total);
    Fields.requireNonNegative("free", free);
    if (free > total) {
      throw new IllegalArgumentException("swap free " + free + " exceeds total " + total);
    }
    long used = total - free;
    return new SwapMemory(total, used, free, Fields.percent(used, total), sin, sout);
  }

  /** SwapTotal, bytes. */
  public long total() {
    return longValue(Field.TOTAL);
  }

  /** {@code total - free}, bytes. */
  public long used() {
    return longValue(Field.USED);
  }

  /** SwapFree, bytes. */
  public long free() {
    return longValue(Field.FREE);
  }

  /** {@code used / total * 100}, one decimal; 0.0 without swap. */
  public double percent() {
    return doubleValue(Field.PERCENT);
  }

  /** Bytes swapped in from disk since boot. */
  public long sin() {
    return longValue(Field.SIN);
  }

  /** Bytes swapped out to disk since boot. */
  public long sout() {
    return longValue(Field.SOUT);
  }
}

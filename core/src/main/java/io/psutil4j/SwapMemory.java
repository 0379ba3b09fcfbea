package io.psutil4j;

/**
 * psutil's {@code sswap}: swap in bytes from /proc/meminfo, and the bytes swapped in and out since
 * boot from /proc/vmstat ({@code pswpin}/{@code pswpout} pages times 4096, as psutil counts them).
 */
public final class SwapMemory extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> TOTAL = FIELDS.bytes("total");
  public static final TupleField<Long> USED = FIELDS.bytes("used");
  public static final TupleField<Long> FREE = FIELDS.bytes("free");
  public static final TupleField<Double> PERCENT = FIELDS.percent("percent");
  public static final TupleField<Long> SIN = FIELDS.bytes("sin");
  public static final TupleField<Long> SOUT = FIELDS.bytes("sout");

  private SwapMemory(Object... values) {
    super("sswap", FIELDS, values);
  }

  /** {@code used} and {@code percent} are computed from total and free. */
  public static SwapMemory of(long total, long free, long sin, long sout) {
    TOTAL.check(total);
    FREE.check(free);
    if (free > total) {
      throw new IllegalArgumentException("swap free " + free + " exceeds total " + total);
    }
    long used = total - free;
    return new SwapMemory(total, used, free, Fields.percent(used, total), sin, sout);
  }

  /** SwapTotal, bytes. */
  public long total() {
    return value(TOTAL);
  }

  /** {@code total - free}, bytes. */
  public long used() {
    return value(USED);
  }

  /** SwapFree, bytes. */
  public long free() {
    return value(FREE);
  }

  /** {@code used / total * 100}, one decimal; 0.0 without swap. */
  public double percent() {
    return value(PERCENT);
  }

  /** Bytes swapped in from disk since boot. */
  public long sin() {
    return value(SIN);
  }

  /** Bytes swapped out to disk since boot. */
  public long sout() {
    return value(SOUT);
  }
}

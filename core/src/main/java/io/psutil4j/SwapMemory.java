package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code sswap}: swap in bytes from /proc/meminfo, and the bytes swapped in and out since
 * boot from /proc/vmstat ({@code pswpin}/{@code pswpout} pages times 4096, as psutil counts them).
 */
public final class SwapMemory extends FieldTuple {
  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<Long> TOTAL = TABLE.bytes("total");
  public static final TupleField<Long> USED = TABLE.bytes("used");
  public static final TupleField<Long> FREE = TABLE.bytes("free");
  public static final TupleField<Double> PERCENT = TABLE.percent("percent");
  public static final TupleField<Long> SIN = TABLE.bytes("sin");
  public static final TupleField<Long> SOUT = TABLE.bytes("sout");

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
    return longValue(TOTAL);
  }

  /** {@code total - free}, bytes. */
  public long used() {
    return longValue(USED);
  }

  /** SwapFree, bytes. */
  public long free() {
    return longValue(FREE);
  }

  /** {@code used / total * 100}, one decimal; 0.0 without swap. */
  public double percent() {
    return doubleValue(PERCENT);
  }

  /** Bytes swapped in from disk since boot. */
  public long sin() {
    return longValue(SIN);
  }

  /** Bytes swapped out to disk since boot. */
  public long sout() {
    return longValue(SOUT);
  }
}

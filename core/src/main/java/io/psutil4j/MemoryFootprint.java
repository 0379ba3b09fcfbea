package io.psutil4j;

/**
 * psutil's {@code pfootprint}: memory only this process would give back, from
 * /proc/PID/smaps_rollup (or smaps), bytes.
 */
public final class MemoryFootprint extends LongTuple {

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> USS = FIELDS.bytes("uss");
  public static final TupleField<Long> PSS = FIELDS.bytes("pss");
  public static final TupleField<Long> SWAP = FIELDS.bytes("swap");

  private MemoryFootprint(long... values) {
    super("pfootprint", FIELDS, values);
  }

  public static MemoryFootprint of(long uss, long pss, long swap) {
    return new MemoryFootprint(uss, pss, swap);
  }

  /** Unique set size: every Private_* line, bytes. */
  public long uss() {
    return value(USS);
  }

  /** Proportional set size, bytes. */
  public long pss() {
    return value(PSS);
  }

  /** Swapped-out memory, bytes. */
  public long swap() {
    return value(SWAP);
  }
}

package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code pfootprint}: memory only this process would give back, from
 * /proc/PID/smaps_rollup (or smaps), bytes.
 */
public final class MemoryFootprint extends LongTuple {

  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<Long> USS = TABLE.bytes("uss");
  public static final TupleField<Long> PSS = TABLE.bytes("pss");
  public static final TupleField<Long> SWAP = TABLE.bytes("swap");

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

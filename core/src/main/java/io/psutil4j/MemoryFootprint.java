package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code pfootprint}: memory only this process would give back, from
 * /proc/PID/smaps_rollup (or smaps), bytes.
 */
public final class MemoryFootprint extends LongTuple {

  /** psutil's field names, in psutil's order: the order of {@link #of}. */
  private static final List<String> FIELDS = List.of("uss", "pss", "swap");

  private MemoryFootprint(long[] values) {
    super("pfootprint", FIELDS, values);
  }

  public static MemoryFootprint of(long uss, long pss, long swap) {
    return new MemoryFootprint(checked("pfootprint", FIELDS, new long[] {uss, pss, swap}));
  }

  /** Unique set size: every Private_* line, bytes. */
  public long uss() {
    return value(0);
  }

  /** Proportional set size, bytes. */
  public long pss() {
    return value(1);
  }

  /** Swapped-out memory, bytes. */
  public long swap() {
    return value(2);
  }
}

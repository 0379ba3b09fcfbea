package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code pfootprint}: memory only this process would give back, from
 * /proc/PID/smaps_rollup (or smaps), bytes.
 */
public final class MemoryFootprint extends Tuple {
  private final long uss;
  private final long pss;
  private final long swap;

  private MemoryFootprint(long uss, long pss, long swap) {
    super("pfootprint");
    this.uss = Fields.requireNonNegative("uss", uss);
    this.pss = Fields.requireNonNegative("pss", pss);
    this.swap = Fields.requireNonNegative("swap", swap);
  }

  public static MemoryFootprint of(long uss, long pss, long swap) {
    return new MemoryFootprint(uss, pss, swap);
  }

  /** Unique set size: every Private_* line, bytes. */
  public long uss() {
    return uss;
  }

  /** Proportional set size, bytes. */
  public long pss() {
    return pss;
  }

  /** Swapped-out memory, bytes. */
  public long swap() {
    return swap;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("uss", uss, "pss", pss, "swap", swap);
  }
}

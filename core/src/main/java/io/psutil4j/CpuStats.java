package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code scpustats}: counters since boot from /proc/stat ({@code ctxt}, the first number
 * of {@code intr} and of {@code softirq}). {@code syscalls} is always 0 on Linux, as in psutil.
 */
public final class CpuStats extends LongTuple {

  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<Long> CTX_SWITCHES = TABLE.count("ctx_switches");
  public static final TupleField<Long> INTERRUPTS = TABLE.count("interrupts");
  public static final TupleField<Long> SOFT_INTERRUPTS = TABLE.count("soft_interrupts");
  public static final TupleField<Long> SYSCALLS = TABLE.count("syscalls");

  private CpuStats(long... values) {
    super("scpustats", FIELDS, values);
  }

  public static CpuStats of(long ctxSwitches, long interrupts, long softInterrupts, long syscalls) {
    return new CpuStats(ctxSwitches, interrupts, softInterrupts, syscalls);
  }

  /** Context switches since boot. */
  public long ctxSwitches() {
    return value(CTX_SWITCHES);
  }

  /** Hardware interrupts since boot. */
  public long interrupts() {
    return value(INTERRUPTS);
  }

  /** Soft interrupts since boot. */
  public long softInterrupts() {
    return value(SOFT_INTERRUPTS);
  }

  /** System calls since boot: 0 on Linux (the kernel does not count them). */
  public long syscalls() {
    return value(SYSCALLS);
  }
}

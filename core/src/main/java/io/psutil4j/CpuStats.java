package io.psutil4j;

/**
 * psutil's {@code scpustats}: counters since boot from /proc/stat ({@code ctxt}, the first number
 * of {@code intr} and of {@code softirq}). {@code syscalls} is always 0 on Linux, as in psutil.
 */
public final class CpuStats extends LongTuple {

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> CTX_SWITCHES = FIELDS.count("ctx_switches");
  public static final TupleField<Long> INTERRUPTS = FIELDS.count("interrupts");
  public static final TupleField<Long> SOFT_INTERRUPTS = FIELDS.count("soft_interrupts");
  public static final TupleField<Long> SYSCALLS = FIELDS.count("syscalls");

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

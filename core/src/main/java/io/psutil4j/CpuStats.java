package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code scpustats}: counters since boot from /proc/stat ({@code ctxt}, the first number
 * of {@code intr} and of {@code softirq}). {@code syscalls} is always 0 on Linux, as in psutil.
 */
public final class CpuStats extends LongTuple {

  /** psutil's field names, in psutil's order: the order of {@link #of}. */
  private static final List<String> FIELDS =
      List.of("ctx_switches", "interrupts", "soft_interrupts", "syscalls");

  private CpuStats(long[] values) {
    super("scpustats", FIELDS, values);
  }

  public static CpuStats of(long ctxSwitches, long interrupts, long softInterrupts, long syscalls) {
    return new CpuStats(
        checked(
            "scpustats", FIELDS, new long[] {ctxSwitches, interrupts, softInterrupts, syscalls}));
  }

  /** Context switches since boot. */
  public long ctxSwitches() {
    return value(0);
  }

  /** Hardware interrupts since boot. */
  public long interrupts() {
    return value(1);
  }

  /** Soft interrupts since boot. */
  public long softInterrupts() {
    return value(2);
  }

  /** System calls since boot: 0 on Linux (the kernel does not count them). */
  public long syscalls() {
    return value(3);
  }
}

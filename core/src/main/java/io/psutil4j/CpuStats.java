package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code scpustats}: counters since boot from /proc/stat ({@code ctxt}, the first number
 * of {@code intr} and of {@code softirq}). {@code syscalls} is always 0 on Linux, as in psutil.
 */
public final class CpuStats extends Tuple {
  private final long ctxSwitches;
  private final long interrupts;
  private final long softInterrupts;
  private final long syscalls;

  private CpuStats(long ctxSwitches, long interrupts, long softInterrupts, long syscalls) {
    super("scpustats");
    this.ctxSwitches = Fields.requireNonNegative("ctx_switches", ctxSwitches);
    this.interrupts = Fields.requireNonNegative("interrupts", interrupts);
    this.softInterrupts = Fields.requireNonNegative("soft_interrupts", softInterrupts);
    this.syscalls = Fields.requireNonNegative("syscalls", syscalls);
  }

  public static CpuStats of(long ctxSwitches, long interrupts, long softInterrupts, long syscalls) {
    return new CpuStats(ctxSwitches, interrupts, softInterrupts, syscalls);
  }

  /** Context switches since boot. */
  public long ctxSwitches() {
    return ctxSwitches;
  }

  /** Hardware interrupts since boot. */
  public long interrupts() {
    return interrupts;
  }

  /** Soft interrupts since boot. */
  public long softInterrupts() {
    return softInterrupts;
  }

  /** System calls since boot: 0 on Linux (the kernel does not count them). */
  public long syscalls() {
    return syscalls;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "ctx_switches",
        ctxSwitches,
        "interrupts",
        interrupts,
        "soft_interrupts",
        softInterrupts,
        "syscalls",
        syscalls);
  }
}

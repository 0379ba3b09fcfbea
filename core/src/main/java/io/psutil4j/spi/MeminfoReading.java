package io.psutil4j.spi;

import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;

/**
 * virtual_memory() and swap_memory()'s space (total, used, free, percent) taken from one reading of
 * /proc/meminfo, for callers wanting both: swap_memory()'s sin and sout come from /proc/vmstat
 * ({@link SwapTraffic}), a file read apart.
 */
public final class MeminfoReading {
  private final VirtualMemory memory;
  private final SwapMemory swapSpace;

  /** {@code swapTotal} and {@code swapFree} in bytes, as swap_memory() has them. */
  public MeminfoReading(VirtualMemory memory, long swapTotal, long swapFree) {
    this.memory = memory;
    // sin and sout are not in meminfo: this SwapMemory only computes used and percent
    this.swapSpace = SwapMemory.of(swapTotal, swapFree, 0, 0);
  }

  public VirtualMemory virtualMemory() {
    return memory;
  }

  /** swap_memory().total: SwapTotal, bytes. */
  public long swapTotal() {
    return swapSpace.total();
  }

  /** swap_memory().used: total - free, bytes. */
  public long swapUsed() {
    return swapSpace.used();
  }

  /** swap_memory().free: SwapFree, bytes. */
  public long swapFree() {
    return swapSpace.free();
  }

  /** swap_memory().percent: used / total * 100, one decimal; 0.0 without swap. */
  public double swapPercent() {
    return swapSpace.percent();
  }
}

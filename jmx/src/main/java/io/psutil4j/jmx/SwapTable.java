package io.psutil4j.jmx;

import io.psutil4j.SwapMemory;
import io.psutil4j.spi.MeminfoReading;
import io.psutil4j.spi.Platform;
import io.psutil4j.spi.SwapTraffic;

/**
 * {@code psutil4j:type=Swap}: psutil's {@code swap_memory()}; its space from the meminfo reading it
 * shares with Memory, its traffic from /proc/vmstat.
 */
final class SwapTable {
  static final Source<SwapTraffic> VMSTAT = Source.named("swap_memory() sin sout /proc/vmstat");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.SWAP,
              "Swap",
              MBeanTable.Naming.SINGLETON,
              "Swap space and swap traffic (psutil swap_memory), from /proc/meminfo and"
                  + " /proc/vmstat")
          .from(MemoryTable.MEMINFO, "swap_memory()")
          .gauge("Total", SwapMemory.TOTAL, MeminfoReading::swapTotal)
          .described("Total swap space (SwapTotal)")
          .gauge("Used", SwapMemory.USED, MeminfoReading::swapUsed)
          .described("Swap in use, total - free")
          .gauge("Free", SwapMemory.FREE, MeminfoReading::swapFree)
          .described("Swap not in use (SwapFree)")
          .gauge("Percent", SwapMemory.PERCENT, MeminfoReading::swapPercent)
          .described("Share of swap in use")
          .from(VMSTAT, "swap_memory()")
          .counter("Sin", SwapMemory.SIN, SwapTraffic::sin)
          .described("Bytes swapped in from disk since boot (pswpin x 4096)")
          .counter("Sout", SwapMemory.SOUT, SwapTraffic::sout)
          .described("Bytes swapped out to disk since boot (pswpout x 4096)")
          .readingAge(MemoryTable.AGE_SUMMARY)
          .build();

  private SwapTable() {}

  /** {@code meminfo} is the reading shared with the Memory MBean. */
  static Readings readings(
      Platform platform, Readings.Cache<MeminfoReading> meminfo, Readings.Builder readings) {
    return readings
        .shared(MemoryTable.MEMINFO, meminfo)
        .with(VMSTAT, platform::swapTraffic)
        .build();
  }
}

package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.LONG;

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
          .from(MemoryTable.MEMINFO)
          .gauge("Total", LONG, "bytes", MeminfoReading::swapTotal)
          .described("Total swap space (SwapTotal)", "swap_memory().total")
          .gauge("Used", LONG, "bytes", MeminfoReading::swapUsed)
          .described("Swap in use, total - free", "swap_memory().used")
          .gauge("Free", LONG, "bytes", MeminfoReading::swapFree)
          .described("Swap not in use (SwapFree)", "swap_memory().free")
          .gauge("Percent", DOUBLE, "percent", MeminfoReading::swapPercent)
          .described("Share of swap in use", "swap_memory().percent")
          .from(VMSTAT)
          .counter("Sin", LONG, "bytes", SwapTraffic::sin)
          .described("Bytes swapped in from disk since boot (pswpin x 4096)", "swap_memory().sin")
          .counter("Sout", LONG, "bytes", SwapTraffic::sout)
          .described("Bytes swapped out to disk since boot (pswpout x 4096)", "swap_memory().sout")
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

package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.SwapMemory;
import io.psutil4j.spi.Platform;

/** {@code psutil4j:type=Swap}: psutil's {@code swap_memory()}. */
final class SwapTable {
  static final Source<SwapMemory> SWAP_MEMORY =
      Source.named("swap_memory() /proc/meminfo /proc/vmstat");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.SWAP,
              "Swap",
              MBeanTable.Naming.SINGLETON,
              "Swap space and swap traffic (psutil swap_memory), from /proc/meminfo and"
                  + " /proc/vmstat")
          .from(SWAP_MEMORY)
          .gauge("Total", LONG, "bytes", SwapMemory::total)
          .described("Total swap space (SwapTotal)", "swap_memory().total")
          .gauge("Used", LONG, "bytes", SwapMemory::used)
          .described("Swap in use, total - free", "swap_memory().used")
          .gauge("Free", LONG, "bytes", SwapMemory::free)
          .described("Swap not in use (SwapFree)", "swap_memory().free")
          .gauge("Percent", DOUBLE, "percent", SwapMemory::percent)
          .described("Share of swap in use", "swap_memory().percent")
          .counter("Sin", LONG, "bytes", SwapMemory::sin)
          .described("Bytes swapped in from disk since boot (pswpin x 4096)", "swap_memory().sin")
          .counter("Sout", LONG, "bytes", SwapMemory::sout)
          .described("Bytes swapped out to disk since boot (pswpout x 4096)", "swap_memory().sout")
          .build();

  private SwapTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings.with(SWAP_MEMORY, platform::swapMemory).build();
  }
}

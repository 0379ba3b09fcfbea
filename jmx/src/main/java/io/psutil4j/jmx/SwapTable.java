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
              "Swap space and swap traffic (psutil swap_memory), from /proc/meminfo and /proc/vmstat")
          .from(
              SWAP_MEMORY,
              s ->
                  s.gauge(
                          "Total",
                          LONG,
                          "bytes",
                          "swap_memory().total",
                          "Total swap space (SwapTotal)",
                          SwapMemory::total)
                      .gauge(
                          "Used",
                          LONG,
                          "bytes",
                          "swap_memory().used",
                          "Swap in use, total - free",
                          SwapMemory::used)
                      .gauge(
                          "Free",
                          LONG,
                          "bytes",
                          "swap_memory().free",
                          "Swap not in use (SwapFree)",
                          SwapMemory::free)
                      .gauge(
                          "Percent",
                          DOUBLE,
                          "percent",
                          "swap_memory().percent",
                          "Share of swap in use",
                          SwapMemory::percent)
                      .counter(
                          "Sin",
                          LONG,
                          "bytes",
                          "swap_memory().sin",
                          "Bytes swapped in from disk since boot (pswpin x 4096)",
                          SwapMemory::sin)
                      .counter(
                          "Sout",
                          LONG,
                          "bytes",
                          "swap_memory().sout",
                          "Bytes swapped out to disk since boot (pswpout x 4096)",
                          SwapMemory::sout))
          .build();

  private SwapTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings.with(SWAP_MEMORY, platform::swapMemory).build();
  }
}

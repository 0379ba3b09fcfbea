package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.VirtualMemory;
import io.psutil4j.spi.MeminfoReading;
import io.psutil4j.spi.Platform;
import java.util.function.Function;

/** {@code psutil4j:type=Memory}: psutil's {@code virtual_memory()}. */
final class MemoryTable {
  /**
   * The one reading of /proc/meminfo the Memory and Swap MBeans share: while a refresh hangs, the
   * second MBean gets the last reading at once instead of waiting a deadline of its own.
   */
  static final Source<MeminfoReading> MEMINFO =
      Source.named("virtual_memory() swap_memory() /proc/meminfo (Memory's and Swap's)");

  /** ReadingAgeSeconds of Memory and Swap, which share the meminfo reading. */
  static final String AGE_SUMMARY =
      "Age of the oldest reading this MBean serves: /proc/meminfo, read once for the Memory and"
          + " Swap MBeans, and for Swap /proc/vmstat; each is read from the kernel when one of its"
          + " attributes is read and the cache interval has passed, so this exceeds the interval"
          + " when an attribute has not been asked for since, or when a refresh passed its 2 s"
          + " deadline and the last reading is served stale (to both MBeans at once: neither waits"
          + " a deadline of its own); null before the first read. Reading it reads nothing";

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.MEMORY,
              "Memory",
              MBeanTable.Naming.SINGLETON,
              "System memory (psutil virtual_memory), from /proc/meminfo")
          .from(MEMINFO)
          .gauge("Total", LONG, "bytes", memory(VirtualMemory::total))
          .described("Total physical memory (MemTotal)", "virtual_memory().total")
          .gauge("Available", LONG, "bytes", memory(VirtualMemory::available))
          .described(
              "Memory that can be given to processes without swapping (MemAvailable)",
              "virtual_memory().available")
          .gauge("Percent", DOUBLE, "percent", memory(VirtualMemory::percent))
          .described(
              "Share of memory in use, (total - available) / total", "virtual_memory().percent")
          .gauge("Used", LONG, "bytes", memory(VirtualMemory::used))
          .described("Memory in use, total - available", "virtual_memory().used")
          .gauge("Free", LONG, "bytes", memory(VirtualMemory::free))
          .described("Memory not used at all (MemFree)", "virtual_memory().free")
          .gauge("Active", LONG, "bytes", memory(VirtualMemory::active))
          .described("Memory recently used (Active)", "virtual_memory().active")
          .gauge("Inactive", LONG, "bytes", memory(VirtualMemory::inactive))
          .described("Memory not recently used (Inactive)", "virtual_memory().inactive")
          .gauge("Buffers", LONG, "bytes", memory(VirtualMemory::buffers))
          .described("File system metadata cache (Buffers)", "virtual_memory().buffers")
          .gauge("Cached", LONG, "bytes", memory(VirtualMemory::cached))
          .described(
              "Page cache plus reclaimable slab (Cached + SReclaimable)", "virtual_memory().cached")
          .gauge("Shared", LONG, "bytes", memory(VirtualMemory::shared))
          .described("Shared memory and tmpfs (Shmem)", "virtual_memory().shared")
          .gauge("Slab", LONG, "bytes", memory(VirtualMemory::slab))
          .described("Kernel data structures cache (Slab)", "virtual_memory().slab")
          .readingAge(AGE_SUMMARY)
          .build();

  private MemoryTable() {}

  /** The meminfo reading to share between the Memory and Swap MBeans, kept {@code cacheMillis}. */
  static Readings.Cache<MeminfoReading> sharedMeminfo(Platform platform, long cacheMillis) {
    return new Snapshot<>(platform::meminfo, cacheMillis);
  }

  static Readings readings(Readings.Cache<MeminfoReading> meminfo, Readings.Builder readings) {
    return readings.shared(MEMINFO, meminfo).build();
  }

  private static <T> Function<MeminfoReading, T> memory(Function<VirtualMemory, T> field) {
    return reading -> field.apply(reading.virtualMemory());
  }
}

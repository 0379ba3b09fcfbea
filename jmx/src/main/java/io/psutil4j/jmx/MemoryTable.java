package io.psutil4j.jmx;

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
          .from(MEMINFO, "virtual_memory()")
          .gauge("Total", VirtualMemory.TOTAL, memory(VirtualMemory::total))
          .described("Total physical memory (MemTotal)")
          .gauge("Available", VirtualMemory.AVAILABLE, memory(VirtualMemory::available))
          .described("Memory that can be given to processes without swapping (MemAvailable)")
          .gauge("Percent", VirtualMemory.PERCENT, memory(VirtualMemory::percent))
          .described("Share of memory in use, (total - available) / total")
          .gauge("Used", VirtualMemory.USED, memory(VirtualMemory::used))
          .described("Memory in use, total - available")
          .gauge("Free", VirtualMemory.FREE, memory(VirtualMemory::free))
          .described("Memory not used at all (MemFree)")
          .gauge("Active", VirtualMemory.ACTIVE, memory(VirtualMemory::active))
          .described("Memory recently used (Active)")
          .gauge("Inactive", VirtualMemory.INACTIVE, memory(VirtualMemory::inactive))
          .described("Memory not recently used (Inactive)")
          .gauge("Buffers", VirtualMemory.BUFFERS, memory(VirtualMemory::buffers))
          .described("File system metadata cache (Buffers)")
          .gauge("Cached", VirtualMemory.CACHED, memory(VirtualMemory::cached))
          .described("Page cache plus reclaimable slab (Cached + SReclaimable)")
          .gauge("Shared", VirtualMemory.SHARED, memory(VirtualMemory::shared))
          .described("Shared memory and tmpfs (Shmem)")
          .gauge("Slab", VirtualMemory.SLAB, memory(VirtualMemory::slab))
          .described("Kernel data structures cache (Slab)")
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

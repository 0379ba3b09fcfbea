package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.VirtualMemory;
import io.psutil4j.spi.Platform;

/** {@code psutil4j:type=Memory}: psutil's {@code virtual_memory()}. */
final class MemoryTable {
  static final Source<VirtualMemory> VIRTUAL_MEMORY =
      Source.named("virtual_memory() /proc/meminfo");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.MEMORY,
              "Memory",
              MBeanTable.Naming.SINGLETON,
              "System memory (psutil virtual_memory), from /proc/meminfo")
          .from(VIRTUAL_MEMORY)
          .gauge("Total", LONG, "bytes", VirtualMemory::total)
          .described("Total physical memory (MemTotal)", "virtual_memory().total")
          .gauge("Available", LONG, "bytes", VirtualMemory::available)
          .described(
              "Memory that can be given to processes without swapping (MemAvailable)",
              "virtual_memory().available")
          .gauge("Percent", DOUBLE, "percent", VirtualMemory::percent)
          .described(
              "Share of memory in use, (total - available) / total", "virtual_memory().percent")
          .gauge("Used", LONG, "bytes", VirtualMemory::used)
          .described("Memory in use, total - available", "virtual_memory().used")
          .gauge("Free", LONG, "bytes", VirtualMemory::free)
          .described("Memory not used at all (MemFree)", "virtual_memory().free")
          .gauge("Active", LONG, "bytes", VirtualMemory::active)
          .described("Memory recently used (Active)", "virtual_memory().active")
          .gauge("Inactive", LONG, "bytes", VirtualMemory::inactive)
          .described("Memory not recently used (Inactive)", "virtual_memory().inactive")
          .gauge("Buffers", LONG, "bytes", VirtualMemory::buffers)
          .described("File system metadata cache (Buffers)", "virtual_memory().buffers")
          .gauge("Cached", LONG, "bytes", VirtualMemory::cached)
          .described(
              "Page cache plus reclaimable slab (Cached + SReclaimable)", "virtual_memory().cached")
          .gauge("Shared", LONG, "bytes", VirtualMemory::shared)
          .described("Shared memory and tmpfs (Shmem)", "virtual_memory().shared")
          .gauge("Slab", LONG, "bytes", VirtualMemory::slab)
          .described("Kernel data structures cache (Slab)", "virtual_memory().slab")
          .build();

  private MemoryTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings.with(VIRTUAL_MEMORY, platform::virtualMemory).build();
  }
}

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
          .from(
              VIRTUAL_MEMORY,
              m ->
                  m.gauge(
                          "Total",
                          LONG,
                          "bytes",
                          "virtual_memory().total",
                          "Total physical memory (MemTotal)",
                          VirtualMemory::total)
                      .gauge(
                          "Available",
                          LONG,
                          "bytes",
                          "virtual_memory().available",
                          "Memory that can be given to processes without swapping (MemAvailable)",
                          VirtualMemory::available)
                      .gauge(
                          "Percent",
                          DOUBLE,
                          "percent",
                          "virtual_memory().percent",
                          "Share of memory in use, (total - available) / total",
                          VirtualMemory::percent)
                      .gauge(
                          "Used",
                          LONG,
                          "bytes",
                          "virtual_memory().used",
                          "Memory in use, total - available",
                          VirtualMemory::used)
                      .gauge(
                          "Free",
                          LONG,
                          "bytes",
                          "virtual_memory().free",
                          "Memory not used at all (MemFree)",
                          VirtualMemory::free)
                      .gauge(
                          "Active",
                          LONG,
                          "bytes",
                          "virtual_memory().active",
                          "Memory recently used (Active)",
                          VirtualMemory::active)
                      .gauge(
                          "Inactive",
                          LONG,
                          "bytes",
                          "virtual_memory().inactive",
                          "Memory not recently used (Inactive)",
                          VirtualMemory::inactive)
                      .gauge(
                          "Buffers",
                          LONG,
                          "bytes",
                          "virtual_memory().buffers",
                          "File system metadata cache (Buffers)",
                          VirtualMemory::buffers)
                      .gauge(
                          "Cached",
                          LONG,
                          "bytes",
                          "virtual_memory().cached",
                          "Page cache plus reclaimable slab (Cached + SReclaimable)",
                          VirtualMemory::cached)
                      .gauge(
                          "Shared",
                          LONG,
                          "bytes",
                          "virtual_memory().shared",
                          "Shared memory and tmpfs (Shmem)",
                          VirtualMemory::shared)
                      .gauge(
                          "Slab",
                          LONG,
                          "bytes",
                          "virtual_memory().slab",
                          "Kernel data structures cache (Slab)",
                          VirtualMemory::slab))
          .build();

  private MemoryTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings.with(VIRTUAL_MEMORY, platform::virtualMemory).build();
  }
}

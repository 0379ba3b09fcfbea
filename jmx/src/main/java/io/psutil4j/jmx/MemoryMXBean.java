package io.psutil4j.jmx;

/** {@code psutil4j:type=Memory}: psutil's {@code virtual_memory()}. */
public interface MemoryMXBean {
  @Metric(
      summary = "Total physical memory (MemTotal)",
      unit = "bytes",
      psutil = "virtual_memory().total")
  Long getTotal();

  @Metric(
      summary = "Memory that can be given to processes without swapping (MemAvailable)",
      unit = "bytes",
      psutil = "virtual_memory().available")
  Long getAvailable();

  @Metric(
      summary = "Share of memory in use, (total - available) / total",
      unit = "percent",
      psutil = "virtual_memory().percent")
  Double getPercent();

  @Metric(
      summary = "Memory in use, total - available",
      unit = "bytes",
      psutil = "virtual_memory().used")
  Long getUsed();

  @Metric(
      summary = "Memory not used at all (MemFree)",
      unit = "bytes",
      psutil = "virtual_memory().free")
  Long getFree();

  @Metric(
      summary = "Memory recently used (Active)",
      unit = "bytes",
      psutil = "virtual_memory().active")
  Long getActive();

  @Metric(
      summary = "Memory not recently used (Inactive)",
      unit = "bytes",
      psutil = "virtual_memory().inactive")
  Long getInactive();

  @Metric(
      summary = "File system metadata cache (Buffers)",
      unit = "bytes",
      psutil = "virtual_memory().buffers")
  Long getBuffers();

  @Metric(
      summary = "Page cache plus reclaimable slab (Cached + SReclaimable)",
      unit = "bytes",
      psutil = "virtual_memory().cached")
  Long getCached();

  @Metric(
      summary = "Shared memory and tmpfs (Shmem)",
      unit = "bytes",
      psutil = "virtual_memory().shared")
  Long getShared();

  @Metric(
      summary = "Kernel data structures cache (Slab)",
      unit = "bytes",
      psutil = "virtual_memory().slab")
  Long getSlab();
}

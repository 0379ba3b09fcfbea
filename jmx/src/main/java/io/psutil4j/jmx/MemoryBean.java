package io.psutil4j.jmx;

import io.psutil4j.VirtualMemory;
import io.psutil4j.spi.Platform;
import java.util.function.Function;

/** virtual_memory(), read once per refresh for every Memory attribute. */
final class MemoryBean implements MemoryMXBean {
  private final Snapshot<VirtualMemory> snapshot;

  MemoryBean(Platform platform, long cacheMillis) {
    this.snapshot = new Snapshot<>(platform::virtualMemory, cacheMillis);
  }

  private <R> R get(Function<VirtualMemory, R> field) {
    VirtualMemory m = snapshot.get();
    return m == null ? null : field.apply(m);
  }

  @Override
  public Long getTotal() {
    return get(VirtualMemory::total);
  }

  @Override
  public Long getAvailable() {
    return get(VirtualMemory::available);
  }

  @Override
  public Double getPercent() {
    return get(VirtualMemory::percent);
  }

  @Override
  public Long getUsed() {
    return get(VirtualMemory::used);
  }

  @Override
  public Long getFree() {
    return get(VirtualMemory::free);
  }

  @Override
  public Long getActive() {
    return get(VirtualMemory::active);
  }

  @Override
  public Long getInactive() {
    return get(VirtualMemory::inactive);
  }

  @Override
  public Long getBuffers() {
    return get(VirtualMemory::buffers);
  }

  @Override
  public Long getCached() {
    return get(VirtualMemory::cached);
  }

  @Override
  public Long getShared() {
    return get(VirtualMemory::shared);
  }

  @Override
  public Long getSlab() {
    return get(VirtualMemory::slab);
  }
}

package io.psutil4j.jmx;

import io.psutil4j.SwapMemory;
import io.psutil4j.spi.Platform;
import java.util.function.Function;

/** swap_memory(), read once per refresh for every Swap attribute. */
final class SwapBean implements SwapMXBean {
  private final Snapshot<SwapMemory> snapshot;

  SwapBean(Platform platform, long cacheMillis) {
    this.snapshot = new Snapshot<>(platform::swapMemory, cacheMillis);
  }

  private <R> R get(Function<SwapMemory, R> field) {
    SwapMemory s = snapshot.get();
    return s == null ? null : field.apply(s);
  }

  @Override
  public Long getTotal() {
    return get(SwapMemory::total);
  }

  @Override
  public Long getUsed() {
    return get(SwapMemory::used);
  }

  @Override
  public Long getFree() {
    return get(SwapMemory::free);
  }

  @Override
  public Double getPercent() {
    return get(SwapMemory::percent);
  }

  @Override
  public Long getSin() {
    return get(SwapMemory::sin);
  }

  @Override
  public Long getSout() {
    return get(SwapMemory::sout);
  }
}

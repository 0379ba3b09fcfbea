package io.psutil4j.jmx;

/** One logical CPU, read from the shared per-cpu reading. */
final class CpuCoreBean extends EntityBean<CpuCores.Core> implements CpuCoreMXBean {
  CpuCoreBean(String name, Entities<CpuCores.Core> entities) {
    super(name, entities);
  }

  @Override
  public Double getUser() {
    return part(e -> e.times, p -> p.user());
  }

  @Override
  public Double getSystem() {
    return part(e -> e.times, p -> p.system());
  }

  @Override
  public Double getIdle() {
    return part(e -> e.times, p -> p.idle());
  }

  @Override
  public Double getNice() {
    return part(e -> e.times, p -> p.nice());
  }

  @Override
  public Double getIowait() {
    return part(e -> e.times, p -> p.iowait());
  }

  @Override
  public Double getIrq() {
    return part(e -> e.times, p -> p.irq());
  }

  @Override
  public Double getSoftirq() {
    return part(e -> e.times, p -> p.softirq());
  }

  @Override
  public Double getSteal() {
    return part(e -> e.times, p -> p.steal());
  }

  @Override
  public Double getGuest() {
    return part(e -> e.times, p -> p.guest());
  }

  @Override
  public Double getGuestNice() {
    return part(e -> e.times, p -> p.guestNice());
  }

  @Override
  public Double getPercent() {
    return get(e -> e.percent);
  }

  @Override
  public Double getFreqCurrent() {
    return part(e -> e.freq, p -> p.current());
  }

  @Override
  public Double getFreqMin() {
    return part(e -> e.freq, p -> p.min().orElse(null));
  }

  @Override
  public Double getFreqMax() {
    return part(e -> e.freq, p -> p.max().orElse(null));
  }
}

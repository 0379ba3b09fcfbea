package io.psutil4j.jmx;

import io.psutil4j.spi.Platform;

/** boot_time() and the uptime derived from it. */
final class HostBean implements HostMXBean {
  private final Snapshot<Double> bootTime;

  HostBean(Platform platform, long cacheMillis) {
    this.bootTime = new Snapshot<>(platform::bootTime, cacheMillis);
  }

  @Override
  public Double getBootTime() {
    return bootTime.get();
  }

  @Override
  public Double getUptime() {
    Double boot = bootTime.get();
    return boot == null ? null : Math.max(0.0, System.currentTimeMillis() / 1000.0 - boot);
  }
}

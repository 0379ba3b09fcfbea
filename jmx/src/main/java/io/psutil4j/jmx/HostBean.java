package io.psutil4j.jmx;

import io.psutil4j.spi.Platform;

/**
 * boot_time() and the uptime derived from it, the logged-in sessions, the process count and
 * os.uname().
 */
final class HostBean implements HostMXBean {
  private final Snapshot<Double> bootTime;

  private final Snapshot<Integer> users;
  private final Snapshot<Integer> pidCount;
  private final Snapshot<String> uname;

  HostBean(Platform platform, long cacheMillis) {
    this.bootTime = new Snapshot<>(platform::bootTime, cacheMillis);
    this.users = new Snapshot<>(() -> platform.users().size(), cacheMillis);
    this.pidCount = new Snapshot<>(() -> platform.pids().length, cacheMillis);
    this.uname = new Snapshot<>(() -> platform.uname().line(), cacheMillis);
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

  @Override
  public Integer getUsers() {
    return users.get();
  }

  @Override
  public Integer getPidCount() {
    return pidCount.get();
  }

  @Override
  public String getUname() {
    return uname.get();
  }
}

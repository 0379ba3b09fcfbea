package io.psutil4j.jmx;

import io.psutil4j.CtxSwitches;
import io.psutil4j.MemoryInfo;
import io.psutil4j.Process;
import io.psutil4j.PsutilException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The JVM's own process. One refresh reads each /proc/self file once, inside one oneshot scope, for
 * all attributes; a value the kernel denies is null on its own without hiding the others.
 */
final class ProcessBean implements ProcessMXBean {
  /** One refresh of the process; any field may be null when it could not be read. */
  private static final class Reading {
    Integer ppid;
    String name;
    Double createTime;
    MemoryInfo memory;
    Integer numFds;
    Integer numThreads;
    CtxSwitches ctxSwitches;
  }

  private final Process process;
  private final Snapshot<Reading> snapshot;

  ProcessBean(Process process, long cacheMillis) {
    this.process = process;
    this.snapshot = new Snapshot<>(this::read, cacheMillis);
  }

  private Reading read() {
    Reading r = new Reading();
    Process.Oneshot scope = process.oneshot();
    try {
      r.ppid = field(process::ppid);
      r.name = field(process::name);
      r.createTime = field(process::createTime);
      r.memory = field(process::memoryInfo);
      r.numFds = field(process::numFds);
      r.numThreads = field(process::numThreads);
      r.ctxSwitches = field(process::numCtxSwitches);
    } finally {
      scope.close();
    }
    return r;
  }

  private static <T> T field(Supplier<T> getter) {
    try {
      return getter.get();
    } catch (PsutilException | UnsupportedOperationException e) {
      return null;
    }
  }

  private <R> R get(Function<Reading, R> field) {
    Reading r = snapshot.get();
    return r == null ? null : field.apply(r);
  }

  private <R> R memory(Function<MemoryInfo, R> field) {
    return get(r -> r.memory == null ? null : field.apply(r.memory));
  }

  @Override
  public Integer getPid() {
    return process.pid();
  }

  @Override
  public Integer getPpid() {
    return get(r -> r.ppid);
  }

  @Override
  public String getName() {
    return get(r -> r.name);
  }

  @Override
  public Double getCreateTime() {
    return get(r -> r.createTime);
  }

  @Override
  public Long getRss() {
    return memory(MemoryInfo::rss);
  }

  @Override
  public Long getVms() {
    return memory(MemoryInfo::vms);
  }

  @Override
  public Long getShared() {
    return memory(MemoryInfo::shared);
  }

  @Override
  public Long getText() {
    return memory(MemoryInfo::text);
  }

  @Override
  public Long getData() {
    return memory(MemoryInfo::data);
  }

  @Override
  public Integer getNumFds() {
    return get(r -> r.numFds);
  }

  @Override
  public Integer getNumThreads() {
    return get(r -> r.numThreads);
  }

  @Override
  public Long getCtxSwitchesVoluntary() {
    return get(r -> r.ctxSwitches == null ? null : r.ctxSwitches.voluntary());
  }

  @Override
  public Long getCtxSwitchesInvoluntary() {
    return get(r -> r.ctxSwitches == null ? null : r.ctxSwitches.involuntary());
  }
}

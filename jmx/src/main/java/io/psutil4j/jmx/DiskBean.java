package io.psutil4j.jmx;

/** One disk, read from the shared disk_io_counters(perdisk=True) reading. */
final class DiskBean extends EntityBean<io.psutil4j.DiskIoCounters> implements DiskMXBean {
  DiskBean(String name, Entities<io.psutil4j.DiskIoCounters> entities) {
    super(name, entities);
  }

  @Override
  public Long getReadCount() {
    return get(e -> e.readCount());
  }

  @Override
  public Long getWriteCount() {
    return get(e -> e.writeCount());
  }

  @Override
  public Long getReadBytes() {
    return get(e -> e.readBytes());
  }

  @Override
  public Long getWriteBytes() {
    return get(e -> e.writeBytes());
  }

  @Override
  public Long getReadTime() {
    return get(e -> e.readTime());
  }

  @Override
  public Long getWriteTime() {
    return get(e -> e.writeTime());
  }

  @Override
  public Long getReadMergedCount() {
    return get(e -> e.readMergedCount());
  }

  @Override
  public Long getWriteMergedCount() {
    return get(e -> e.writeMergedCount());
  }

  @Override
  public Long getBusyTime() {
    return get(e -> e.busyTime());
  }
}

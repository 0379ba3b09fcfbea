package io.psutil4j.jmx;

/** One mount, read from the shared disk_partitions + disk_usage reading. */
final class FileSystemBean extends EntityBean<FileSystems.Mount> implements FileSystemMXBean {
  FileSystemBean(String name, Entities<FileSystems.Mount> entities) {
    super(name, entities);
  }

  @Override
  public String getDevice() {
    return part(e -> e.part, p -> p.device());
  }

  @Override
  public String getMountpoint() {
    return part(e -> e.part, p -> p.mountpoint());
  }

  @Override
  public String getFstype() {
    return part(e -> e.part, p -> p.fstype());
  }

  @Override
  public String getOpts() {
    return part(e -> e.part, p -> p.opts());
  }

  @Override
  public Long getTotal() {
    return part(e -> e.usage, p -> p.total());
  }

  @Override
  public Long getUsed() {
    return part(e -> e.usage, p -> p.used());
  }

  @Override
  public Long getFree() {
    return part(e -> e.usage, p -> p.free());
  }

  @Override
  public Double getPercent() {
    return part(e -> e.usage, p -> p.percent());
  }
}

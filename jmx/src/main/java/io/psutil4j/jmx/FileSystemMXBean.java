package io.psutil4j.jmx;

/**
 * {@code psutil4j:type=FileSystem,name=<mountpoint>}: one mounted file system (name always quoted).
 */
public interface FileSystemMXBean {
  @Metric(summary = "Device mounted", unit = "text", psutil = "disk_partitions()[i].device")
  String getDevice();

  @Metric(
      summary = "Where it is mounted, unquoted (the MBean name quotes it)",
      unit = "text",
      psutil = "disk_partitions()[i].mountpoint")
  String getMountpoint();

  @Metric(summary = "File system type", unit = "text", psutil = "disk_partitions()[i].fstype")
  String getFstype();

  @Metric(
      summary = "Mount options, comma-separated",
      unit = "text",
      psutil = "disk_partitions()[i].opts")
  String getOpts();

  @Metric(summary = "Total size", unit = "bytes", psutil = "disk_usage(mountpoint).total")
  Long getTotal();

  @Metric(summary = "Space in use", unit = "bytes", psutil = "disk_usage(mountpoint).used")
  Long getUsed();

  @Metric(
      summary = "Space available to unprivileged users",
      unit = "bytes",
      psutil = "disk_usage(mountpoint).free")
  Long getFree();

  @Metric(
      summary = "Used share of the space users can have",
      unit = "percent",
      psutil = "disk_usage(mountpoint).percent")
  Double getPercent();
}

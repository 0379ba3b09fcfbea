package io.psutil4j.jmx;

import org.jspecify.annotations.Nullable;

/**
 * {@code psutil4j:type=Entities}: how many entities of each per-entity type the cap left without an
 * MBean (option {@code entities.max}); entities the name patterns leave out are not counted.
 */
public interface EntityCapsMXBean {
  @Metric(
      summary = "Most MBeans of one per-entity type (Cpu, Disk, FileSystem, NetworkInterface)",
      unit = "count",
      psutil = "(psutil4j option entities.max)")
  Integer getMax();

  @Metric(
      summary = "Online CPUs without a per-CPU MBean (beyond the cap); null when not registered",
      unit = "count",
      psutil = "len(cpu_times(percpu=True)) beyond the cap")
  @Nullable Integer getCpuLeftOut();

  @Metric(
      summary = "Disks without a Disk MBean (beyond the cap); null when not registered",
      unit = "count",
      psutil = "len(disk_io_counters(perdisk=True)) matching, beyond the cap")
  @Nullable Integer getDiskLeftOut();

  @Metric(
      summary = "Mounts without a FileSystem MBean (beyond the cap); null when not registered",
      unit = "count",
      psutil = "len(disk_partitions()) matching, beyond the cap")
  @Nullable Integer getFileSystemLeftOut();

  @Metric(
      summary = "NICs without a NetworkInterface MBean (beyond the cap); null when not registered",
      unit = "count",
      psutil = "len(net_io_counters(pernic=True)) matching, beyond the cap")
  @Nullable Integer getNetworkInterfaceLeftOut();
}

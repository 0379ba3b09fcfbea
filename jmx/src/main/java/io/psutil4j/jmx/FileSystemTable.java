package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.LONG;
import static javax.management.openmbean.SimpleType.STRING;

/**
 * {@code psutil4j:type=FileSystem,name=<mountpoint>}: one mounted file system (name always quoted).
 */
final class FileSystemTable {
  /** The mount's share of the reading of every mount (see {@link FileSystems}). */
  static final Source<FileSystems.Mount> PER_MOUNT =
      Source.named("disk_partitions() /proc/self/mountinfo, disk_usage() statvfs per mount");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.FILE_SYSTEM,
              "FileSystem",
              MBeanTable.Naming.PER_ENTITY_QUOTED,
              "One mounted file system (psutil disk_partitions + disk_usage)")
          .from(
              PER_MOUNT,
              s ->
                  s.gauge(
                          "Device",
                          STRING,
                          "text",
                          "disk_partitions()[i].device",
                          "Device mounted",
                          m -> m.part.device())
                      .gauge(
                          "Fstype",
                          STRING,
                          "text",
                          "disk_partitions()[i].fstype",
                          "File system type",
                          m -> m.part.fstype())
                      .gauge(
                          "Opts",
                          STRING,
                          "text",
                          "disk_partitions()[i].opts",
                          "Mount options, comma-separated",
                          m -> m.part.opts())
                      .gauge(
                          "Total",
                          LONG,
                          "bytes",
                          "disk_usage(mountpoint).total",
                          "Total size",
                          m -> m.usage == null ? null : m.usage.total())
                      .gauge(
                          "Used",
                          LONG,
                          "bytes",
                          "disk_usage(mountpoint).used",
                          "Space in use",
                          m -> m.usage == null ? null : m.usage.used())
                      .gauge(
                          "Free",
                          LONG,
                          "bytes",
                          "disk_usage(mountpoint).free",
                          "Space available to unprivileged users",
                          m -> m.usage == null ? null : m.usage.free())
                      .gauge(
                          "Percent",
                          DOUBLE,
                          "percent",
                          "disk_usage(mountpoint).percent",
                          "Used share of the space users can have",
                          m -> m.usage == null ? null : m.usage.percent()))
          .build();

  private FileSystemTable() {}
}

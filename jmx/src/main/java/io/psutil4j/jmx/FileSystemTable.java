package io.psutil4j.jmx;

import io.psutil4j.DiskPartition;
import io.psutil4j.DiskUsage;

/**
 * {@code psutil4j:type=FileSystem,name=<mountpoint>}: one mounted file system (name always quoted).
 */
final class FileSystemTable {
  /** The mount's share of the reading of every mount (see {@link FileSystems}). */
  static final Source<FileSystems.Mount> PER_MOUNT =
      Source.named("disk_partitions() /proc/self/mountinfo, disk_usage() statvfs per mount");

  /** What the sizes cost, for their descriptions. */
  private static final String STATVFS_COST =
      " (statvfs, a call per mount, so the cost grows with the mounts: made at most every "
          + CostlySources.MOUNTS_DEFAULT
          + " by"
          + " default, option mounts.interval)";

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.FILE_SYSTEM,
              "FileSystem",
              MBeanTable.Naming.PER_ENTITY_QUOTED,
              "One mounted file system (psutil disk_partitions + disk_usage); a mount whose statvfs"
                  + " hangs past 1 s reads null until that call returns")
          .from(PER_MOUNT, "disk_partitions()[i]")
          .gauge("Device", DiskPartition.DEVICE, m -> m.part.device())
          .described("Device mounted")
          .gauge("Mountpoint", DiskPartition.MOUNTPOINT, m -> m.part.mountpoint())
          .described("Where it is mounted, unquoted (the MBean name quotes it)")
          .gauge("Fstype", DiskPartition.FSTYPE, m -> m.part.fstype())
          .described("File system type")
          .gauge("Opts", DiskPartition.OPTS, m -> m.part.opts())
          .described("Mount options, comma-separated")
          .from(PER_MOUNT, "disk_usage(mountpoint)")
          .gauge("Total", DiskUsage.TOTAL, m -> m.usage == null ? null : m.usage.total())
          .described("Total size" + STATVFS_COST)
          .gauge("Used", DiskUsage.USED, m -> m.usage == null ? null : m.usage.used())
          .described("Space in use" + STATVFS_COST)
          .gauge("Free", DiskUsage.FREE, m -> m.usage == null ? null : m.usage.free())
          .described("Space available to unprivileged users" + STATVFS_COST)
          .gauge("Percent", DiskUsage.PERCENT, m -> m.usage == null ? null : m.usage.percent())
          .described("Used share of the space users can have" + STATVFS_COST)
          .readingAge(
              Entities.readingAgeSummary(
                  "FileSystem",
                  "every mount",
                  "the sizes come from statvfs, made at most every mounts.interval, "
                      + CostlySources.MOUNTS_DEFAULT
                      + " by"
                      + " default, and may be that much older; a mount whose statvfs hangs reads"
                      + " null sizes instead, and is skipped until the call returns"))
          .build();

  private FileSystemTable() {}
}

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
          .from(PER_MOUNT)
          .gauge("Device", STRING, "text", m -> m.part.device())
          .described("Device mounted", "disk_partitions()[i].device")
          .gauge("Mountpoint", STRING, "text", m -> m.part.mountpoint())
          .described(
              "Where it is mounted, unquoted (the MBean name quotes it)",
              "disk_partitions()[i].mountpoint")
          .gauge("Fstype", STRING, "text", m -> m.part.fstype())
          .described("File system type", "disk_partitions()[i].fstype")
          .gauge("Opts", STRING, "text", m -> m.part.opts())
          .described("Mount options, comma-separated", "disk_partitions()[i].opts")
          .gauge("Total", LONG, "bytes", m -> m.usage == null ? null : m.usage.total())
          .described("Total size" + STATVFS_COST, "disk_usage(mountpoint).total")
          .gauge("Used", LONG, "bytes", m -> m.usage == null ? null : m.usage.used())
          .described("Space in use" + STATVFS_COST, "disk_usage(mountpoint).used")
          .gauge("Free", LONG, "bytes", m -> m.usage == null ? null : m.usage.free())
          .described(
              "Space available to unprivileged users" + STATVFS_COST, "disk_usage(mountpoint).free")
          .gauge("Percent", DOUBLE, "percent", m -> m.usage == null ? null : m.usage.percent())
          .described(
              "Used share of the space users can have" + STATVFS_COST,
              "disk_usage(mountpoint).percent")
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

package io.psutil4j.jmx;

import io.psutil4j.DiskIoCounters;

/** {@code psutil4j:type=Disk,name=<device>}: one disk or partition of /proc/diskstats. */
final class DiskTable {
  /** The disk's share of disk_io_counters(perdisk=True), one read for every disk. */
  static final Source<DiskIoCounters> PER_DISK =
      Source.named("disk_io_counters(perdisk=True) /proc/diskstats");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.DISK,
              "Disk",
              MBeanTable.Naming.PER_ENTITY,
              "One disk or partition (psutil disk_io_counters(perdisk=True)), from /proc/diskstats")
          .from(PER_DISK, "disk_io_counters(perdisk=True)[name]")
          .counter("ReadCount", DiskIoCounters.READ_COUNT, DiskIoCounters::readCount)
          .described("Reads completed")
          .counter("WriteCount", DiskIoCounters.WRITE_COUNT, DiskIoCounters::writeCount)
          .described("Writes completed")
          .counter("ReadBytes", DiskIoCounters.READ_BYTES, DiskIoCounters::readBytes)
          .described("Bytes read")
          .counter("WriteBytes", DiskIoCounters.WRITE_BYTES, DiskIoCounters::writeBytes)
          .described("Bytes written")
          .counter("ReadTime", DiskIoCounters.READ_TIME, DiskIoCounters::readTime)
          .described("Time spent reading")
          .counter("WriteTime", DiskIoCounters.WRITE_TIME, DiskIoCounters::writeTime)
          .described("Time spent writing")
          .counter(
              "ReadMergedCount", DiskIoCounters.READ_MERGED_COUNT, DiskIoCounters::readMergedCount)
          .described("Reads merged by the I/O scheduler")
          .counter(
              "WriteMergedCount",
              DiskIoCounters.WRITE_MERGED_COUNT,
              DiskIoCounters::writeMergedCount)
          .described("Writes merged by the I/O scheduler")
          .counter("BusyTime", DiskIoCounters.BUSY_TIME, DiskIoCounters::busyTime)
          .described("Time spent doing I/O")
          .readingAge(Entities.readingAgeSummary("Disk", "every disk"))
          .build();

  private DiskTable() {}
}

package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.LONG;

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
          .from(PER_DISK)
          .counter("ReadCount", LONG, "count", DiskIoCounters::readCount)
          .described("Reads completed", "disk_io_counters(perdisk=True)[name].read_count")
          .counter("WriteCount", LONG, "count", DiskIoCounters::writeCount)
          .described("Writes completed", "disk_io_counters(perdisk=True)[name].write_count")
          .counter("ReadBytes", LONG, "bytes", DiskIoCounters::readBytes)
          .described("Bytes read", "disk_io_counters(perdisk=True)[name].read_bytes")
          .counter("WriteBytes", LONG, "bytes", DiskIoCounters::writeBytes)
          .described("Bytes written", "disk_io_counters(perdisk=True)[name].write_bytes")
          .counter("ReadTime", LONG, "milliseconds", DiskIoCounters::readTime)
          .described("Time spent reading", "disk_io_counters(perdisk=True)[name].read_time")
          .counter("WriteTime", LONG, "milliseconds", DiskIoCounters::writeTime)
          .described("Time spent writing", "disk_io_counters(perdisk=True)[name].write_time")
          .counter("ReadMergedCount", LONG, "count", DiskIoCounters::readMergedCount)
          .described(
              "Reads merged by the I/O scheduler",
              "disk_io_counters(perdisk=True)[name].read_merged_count")
          .counter("WriteMergedCount", LONG, "count", DiskIoCounters::writeMergedCount)
          .described(
              "Writes merged by the I/O scheduler",
              "disk_io_counters(perdisk=True)[name].write_merged_count")
          .counter("BusyTime", LONG, "milliseconds", DiskIoCounters::busyTime)
          .described("Time spent doing I/O", "disk_io_counters(perdisk=True)[name].busy_time")
          .readingAge(Entities.readingAgeSummary("Disk", "every disk"))
          .build();

  private DiskTable() {}
}

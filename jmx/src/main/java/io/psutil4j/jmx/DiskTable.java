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
          .from(
              PER_DISK,
              s ->
                  s.counter(
                          "ReadCount",
                          LONG,
                          "count",
                          "disk_io_counters(perdisk=True)[name].read_count",
                          "Reads completed",
                          DiskIoCounters::readCount)
                      .counter(
                          "WriteCount",
                          LONG,
                          "count",
                          "disk_io_counters(perdisk=True)[name].write_count",
                          "Writes completed",
                          DiskIoCounters::writeCount)
                      .counter(
                          "ReadBytes",
                          LONG,
                          "bytes",
                          "disk_io_counters(perdisk=True)[name].read_bytes",
                          "Bytes read",
                          DiskIoCounters::readBytes)
                      .counter(
                          "WriteBytes",
                          LONG,
                          "bytes",
                          "disk_io_counters(perdisk=True)[name].write_bytes",
                          "Bytes written",
                          DiskIoCounters::writeBytes)
                      .counter(
                          "ReadTime",
                          LONG,
                          "milliseconds",
                          "disk_io_counters(perdisk=True)[name].read_time",
                          "Time spent reading",
                          DiskIoCounters::readTime)
                      .counter(
                          "WriteTime",
                          LONG,
                          "milliseconds",
                          "disk_io_counters(perdisk=True)[name].write_time",
                          "Time spent writing",
                          DiskIoCounters::writeTime)
                      .counter(
                          "ReadMergedCount",
                          LONG,
                          "count",
                          "disk_io_counters(perdisk=True)[name].read_merged_count",
                          "Reads merged by the I/O scheduler",
                          DiskIoCounters::readMergedCount)
                      .counter(
                          "WriteMergedCount",
                          LONG,
                          "count",
                          "disk_io_counters(perdisk=True)[name].write_merged_count",
                          "Writes merged by the I/O scheduler",
                          DiskIoCounters::writeMergedCount)
                      .counter(
                          "BusyTime",
                          LONG,
                          "milliseconds",
                          "disk_io_counters(perdisk=True)[name].busy_time",
                          "Time spent doing I/O",
                          DiskIoCounters::busyTime))
          .build();

  private DiskTable() {}
}

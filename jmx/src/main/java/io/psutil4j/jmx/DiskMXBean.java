package io.psutil4j.jmx;

/** {@code psutil4j:type=Disk,name=<device>}: one disk or partition of /proc/diskstats. */
public interface DiskMXBean {
  @Metric(
      summary = "Reads completed",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].read_count")
  Long getReadCount();

  @Metric(
      summary = "Writes completed",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].write_count")
  Long getWriteCount();

  @Metric(
      summary = "Bytes read",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].read_bytes")
  Long getReadBytes();

  @Metric(
      summary = "Bytes written",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].write_bytes")
  Long getWriteBytes();

  @Metric(
      summary = "Time spent reading",
      unit = "milliseconds",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].read_time")
  Long getReadTime();

  @Metric(
      summary = "Time spent writing",
      unit = "milliseconds",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].write_time")
  Long getWriteTime();

  @Metric(
      summary = "Reads merged by the I/O scheduler",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].read_merged_count")
  Long getReadMergedCount();

  @Metric(
      summary = "Writes merged by the I/O scheduler",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].write_merged_count")
  Long getWriteMergedCount();

  @Metric(
      summary = "Time spent doing I/O",
      unit = "milliseconds",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].busy_time")
  Long getBusyTime();
}

package io.psutil4j.jmx;

/** A per-entity MBean shape (like the coming Disk MBeans) for the generator's tests. */
public interface FakeDiskMXBean {
  @Metric(
      summary = "Bytes read",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "disk_io_counters(perdisk=True)[name].read_bytes")
  Long getReadBytes();

  @Metric(summary = "Share of time busy", unit = "percent", psutil = "busy_time ratio")
  Double getBusyPercent();

  @Metric(summary = "Model | vendor", unit = "text", psutil = "none")
  String getModel();
}

package io.psutil4j.jmx;

/** {@code psutil4j:type=NetworkInterface,name=<nic>}: one network interface. */
public interface NetworkInterfaceMXBean {
  @Metric(
      summary = "Bytes sent",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].bytes_sent")
  Long getBytesSent();

  @Metric(
      summary = "Bytes received",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].bytes_recv")
  Long getBytesRecv();

  @Metric(
      summary = "Packets sent",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].packets_sent")
  Long getPacketsSent();

  @Metric(
      summary = "Packets received",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].packets_recv")
  Long getPacketsRecv();

  @Metric(
      summary = "Receive errors",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].errin")
  Long getErrin();

  @Metric(
      summary = "Transmit errors",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].errout")
  Long getErrout();

  @Metric(
      summary = "Incoming packets dropped",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].dropin")
  Long getDropin();

  @Metric(
      summary = "Outgoing packets dropped",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters(pernic=True)[name].dropout")
  Long getDropout();

  @Metric(
      summary = "Whether the interface is up and running",
      unit = "boolean",
      psutil = "net_if_stats()[name].isup")
  Boolean getIsup();

  @Metric(
      summary = "Duplex mode: NIC_DUPLEX_FULL, NIC_DUPLEX_HALF or NIC_DUPLEX_UNKNOWN",
      unit = "text",
      psutil = "net_if_stats()[name].duplex")
  String getDuplex();

  @Metric(
      summary = "Link speed, 0 when unknown",
      unit = "Mbit/s",
      psutil = "net_if_stats()[name].speed")
  Integer getSpeed();

  @Metric(
      summary = "Maximum transmission unit",
      unit = "bytes",
      psutil = "net_if_stats()[name].mtu")
  Integer getMtu();

  @Metric(
      summary = "Interface flags, comma-separated",
      unit = "text",
      psutil = "net_if_stats()[name].flags")
  String getFlags();

  @Metric(
      summary = "First IPv4 address; null when none",
      unit = "text",
      psutil = "net_if_addrs()[name] first AF_INET address")
  String getIpv4Address();

  @Metric(
      summary = "First IPv6 address; null when none",
      unit = "text",
      psutil = "net_if_addrs()[name] first AF_INET6 address")
  String getIpv6Address();
}

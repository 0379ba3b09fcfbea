package io.psutil4j.jmx;

/** {@code psutil4j:type=Network}: all interfaces together, and the sockets by TCP state. */
public interface NetworkMXBean {
  @Metric(
      summary = "Bytes sent, all interfaces",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "net_io_counters().bytes_sent")
  Long getBytesSent();

  @Metric(
      summary = "Bytes received, all interfaces",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "net_io_counters().bytes_recv")
  Long getBytesRecv();

  @Metric(
      summary = "Packets sent, all interfaces",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters().packets_sent")
  Long getPacketsSent();

  @Metric(
      summary = "Packets received, all interfaces",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters().packets_recv")
  Long getPacketsRecv();

  @Metric(
      summary = "Receive errors, all interfaces",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "net_io_counters().errin")
  Long getErrin();

  @Metric(
      summary = "Transmit errors, all interfaces",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "net_io_counters().errout")
  Long getErrout();

  @Metric(
      summary = "Incoming packets dropped, all interfaces",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters().dropin")
  Long getDropin();

  @Metric(
      summary = "Outgoing packets dropped, all interfaces",
      unit = "packets",
      type = Metric.COUNTER,
      psutil = "net_io_counters().dropout")
  Long getDropout();

  @Metric(
      summary = "Internet sockets in state ESTABLISHED",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_ESTABLISHED")
  Integer getConnectionsEstablished();

  @Metric(
      summary = "Internet sockets in state SYN_SENT",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_SYN_SENT")
  Integer getConnectionsSynSent();

  @Metric(
      summary = "Internet sockets in state SYN_RECV",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_SYN_RECV")
  Integer getConnectionsSynRecv();

  @Metric(
      summary = "Internet sockets in state FIN_WAIT1",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_FIN_WAIT1")
  Integer getConnectionsFinWait1();

  @Metric(
      summary = "Internet sockets in state FIN_WAIT2",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_FIN_WAIT2")
  Integer getConnectionsFinWait2();

  @Metric(
      summary = "Internet sockets in state TIME_WAIT",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_TIME_WAIT")
  Integer getConnectionsTimeWait();

  @Metric(
      summary = "Internet sockets in state CLOSE",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_CLOSE")
  Integer getConnectionsClose();

  @Metric(
      summary = "Internet sockets in state CLOSE_WAIT",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_CLOSE_WAIT")
  Integer getConnectionsCloseWait();

  @Metric(
      summary = "Internet sockets in state LAST_ACK",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_LAST_ACK")
  Integer getConnectionsLastAck();

  @Metric(
      summary = "Internet sockets in state LISTEN",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_LISTEN")
  Integer getConnectionsListen();

  @Metric(
      summary = "Internet sockets in state CLOSING",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_CLOSING")
  Integer getConnectionsClosing();

  @Metric(
      summary = "Internet sockets without a TCP state (UDP)",
      unit = "count",
      psutil = "net_connections('inet') with status CONN_NONE")
  Integer getConnectionsNone();
}

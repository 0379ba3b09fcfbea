package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.Connection;
import io.psutil4j.ConnectionStatus;
import io.psutil4j.NetIoCounters;
import io.psutil4j.spi.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code psutil4j:type=Network}: all interfaces together, and the sockets by TCP state. Counting
 * connections reads every socket table, the costliest read of these MBeans: it is a source of its
 * own, read only when a connection count is.
 */
final class NetworkTable {
  static final Source<NetIoCounters> TOTALS = Source.named("net_io_counters() /proc/net/dev");
  static final Source<Map<ConnectionStatus, Integer>> CONNECTIONS =
      Source.named("net_connections('inet') /proc/net/{tcp,tcp6,udp,udp6}");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.NETWORK,
              "Network",
              MBeanTable.Naming.SINGLETON,
              "All network interfaces together (psutil net_io_counters) and Internet sockets by"
                  + " state (psutil net_connections('inet'))")
          .from(TOTALS)
          .counter("BytesSent", LONG, "bytes", NetIoCounters::bytesSent)
          .described("Bytes sent, all interfaces", "net_io_counters().bytes_sent")
          .counter("BytesRecv", LONG, "bytes", NetIoCounters::bytesRecv)
          .described("Bytes received, all interfaces", "net_io_counters().bytes_recv")
          .counter("PacketsSent", LONG, "packets", NetIoCounters::packetsSent)
          .described("Packets sent, all interfaces", "net_io_counters().packets_sent")
          .counter("PacketsRecv", LONG, "packets", NetIoCounters::packetsRecv)
          .described("Packets received, all interfaces", "net_io_counters().packets_recv")
          .counter("Errin", LONG, "count", NetIoCounters::errin)
          .described("Receive errors, all interfaces", "net_io_counters().errin")
          .counter("Errout", LONG, "count", NetIoCounters::errout)
          .described("Transmit errors, all interfaces", "net_io_counters().errout")
          .counter("Dropin", LONG, "packets", NetIoCounters::dropin)
          .described("Incoming packets dropped, all interfaces", "net_io_counters().dropin")
          .counter("Dropout", LONG, "packets", NetIoCounters::dropout)
          .described("Outgoing packets dropped, all interfaces", "net_io_counters().dropout")
          .from(CONNECTIONS)
          .gauge(
              "ConnectionsEstablished", INTEGER, "count", n -> n.get(ConnectionStatus.ESTABLISHED))
          .described(
              "Internet sockets in state ESTABLISHED",
              "net_connections('inet') with status CONN_ESTABLISHED")
          .gauge("ConnectionsSynSent", INTEGER, "count", n -> n.get(ConnectionStatus.SYN_SENT))
          .described(
              "Internet sockets in state SYN_SENT",
              "net_connections('inet') with status CONN_SYN_SENT")
          .gauge("ConnectionsSynRecv", INTEGER, "count", n -> n.get(ConnectionStatus.SYN_RECV))
          .described(
              "Internet sockets in state SYN_RECV",
              "net_connections('inet') with status CONN_SYN_RECV")
          .gauge("ConnectionsFinWait1", INTEGER, "count", n -> n.get(ConnectionStatus.FIN_WAIT1))
          .described(
              "Internet sockets in state FIN_WAIT1",
              "net_connections('inet') with status CONN_FIN_WAIT1")
          .gauge("ConnectionsFinWait2", INTEGER, "count", n -> n.get(ConnectionStatus.FIN_WAIT2))
          .described(
              "Internet sockets in state FIN_WAIT2",
              "net_connections('inet') with status CONN_FIN_WAIT2")
          .gauge("ConnectionsTimeWait", INTEGER, "count", n -> n.get(ConnectionStatus.TIME_WAIT))
          .described(
              "Internet sockets in state TIME_WAIT",
              "net_connections('inet') with status CONN_TIME_WAIT")
          .gauge("ConnectionsClose", INTEGER, "count", n -> n.get(ConnectionStatus.CLOSE))
          .described(
              "Internet sockets in state CLOSE", "net_connections('inet') with status CONN_CLOSE")
          .gauge("ConnectionsCloseWait", INTEGER, "count", n -> n.get(ConnectionStatus.CLOSE_WAIT))
          .described(
              "Internet sockets in state CLOSE_WAIT",
              "net_connections('inet') with status CONN_CLOSE_WAIT")
          .gauge("ConnectionsLastAck", INTEGER, "count", n -> n.get(ConnectionStatus.LAST_ACK))
          .described(
              "Internet sockets in state LAST_ACK",
              "net_connections('inet') with status CONN_LAST_ACK")
          .gauge("ConnectionsListen", INTEGER, "count", n -> n.get(ConnectionStatus.LISTEN))
          .described(
              "Internet sockets in state LISTEN", "net_connections('inet') with status CONN_LISTEN")
          .gauge("ConnectionsClosing", INTEGER, "count", n -> n.get(ConnectionStatus.CLOSING))
          .described(
              "Internet sockets in state CLOSING",
              "net_connections('inet') with status CONN_CLOSING")
          .gauge("ConnectionsNone", INTEGER, "count", n -> n.get(ConnectionStatus.NONE))
          .described(
              "Internet sockets without a TCP state (UDP)",
              "net_connections('inet') with status CONN_NONE")
          .build();

  private NetworkTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    return readings
        .with(TOTALS, () -> NetIoCounters.sum(platform.netIoCountersPernic().values()))
        .with(CONNECTIONS, () -> byStatus(platform.netConnectionsWithoutPids("inet")))
        .build();
  }

  private static Map<ConnectionStatus, Integer> byStatus(List<Connection> all) {
    Map<ConnectionStatus, Integer> n = new EnumMap<>(ConnectionStatus.class);
    for (ConnectionStatus s : ConnectionStatus.values()) {
      n.put(s, 0);
    }
    for (Connection c : all) {
      n.merge(c.status(), 1, Integer::sum);
    }
    return n;
  }
}

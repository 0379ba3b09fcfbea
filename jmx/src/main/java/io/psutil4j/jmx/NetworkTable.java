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
              "All network interfaces together (psutil net_io_counters) and Internet sockets by state (psutil net_connections('inet'))")
          .from(
              TOTALS,
              s ->
                  s.counter(
                          "BytesSent",
                          LONG,
                          "bytes",
                          "net_io_counters().bytes_sent",
                          "Bytes sent, all interfaces",
                          NetIoCounters::bytesSent)
                      .counter(
                          "BytesRecv",
                          LONG,
                          "bytes",
                          "net_io_counters().bytes_recv",
                          "Bytes received, all interfaces",
                          NetIoCounters::bytesRecv)
                      .counter(
                          "PacketsSent",
                          LONG,
                          "packets",
                          "net_io_counters().packets_sent",
                          "Packets sent, all interfaces",
                          NetIoCounters::packetsSent)
                      .counter(
                          "PacketsRecv",
                          LONG,
                          "packets",
                          "net_io_counters().packets_recv",
                          "Packets received, all interfaces",
                          NetIoCounters::packetsRecv)
                      .counter(
                          "Errin",
                          LONG,
                          "count",
                          "net_io_counters().errin",
                          "Receive errors, all interfaces",
                          NetIoCounters::errin)
                      .counter(
                          "Errout",
                          LONG,
                          "count",
                          "net_io_counters().errout",
                          "Transmit errors, all interfaces",
                          NetIoCounters::errout)
                      .counter(
                          "Dropin",
                          LONG,
                          "packets",
                          "net_io_counters().dropin",
                          "Incoming packets dropped, all interfaces",
                          NetIoCounters::dropin)
                      .counter(
                          "Dropout",
                          LONG,
                          "packets",
                          "net_io_counters().dropout",
                          "Outgoing packets dropped, all interfaces",
                          NetIoCounters::dropout))
          .from(
              CONNECTIONS,
              s ->
                  s.gauge(
                          "ConnectionsEstablished",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_ESTABLISHED",
                          "Internet sockets in state ESTABLISHED",
                          n -> n.get(ConnectionStatus.ESTABLISHED))
                      .gauge(
                          "ConnectionsSynSent",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_SYN_SENT",
                          "Internet sockets in state SYN_SENT",
                          n -> n.get(ConnectionStatus.SYN_SENT))
                      .gauge(
                          "ConnectionsSynRecv",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_SYN_RECV",
                          "Internet sockets in state SYN_RECV",
                          n -> n.get(ConnectionStatus.SYN_RECV))
                      .gauge(
                          "ConnectionsFinWait1",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_FIN_WAIT1",
                          "Internet sockets in state FIN_WAIT1",
                          n -> n.get(ConnectionStatus.FIN_WAIT1))
                      .gauge(
                          "ConnectionsFinWait2",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_FIN_WAIT2",
                          "Internet sockets in state FIN_WAIT2",
                          n -> n.get(ConnectionStatus.FIN_WAIT2))
                      .gauge(
                          "ConnectionsTimeWait",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_TIME_WAIT",
                          "Internet sockets in state TIME_WAIT",
                          n -> n.get(ConnectionStatus.TIME_WAIT))
                      .gauge(
                          "ConnectionsClose",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_CLOSE",
                          "Internet sockets in state CLOSE",
                          n -> n.get(ConnectionStatus.CLOSE))
                      .gauge(
                          "ConnectionsCloseWait",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_CLOSE_WAIT",
                          "Internet sockets in state CLOSE_WAIT",
                          n -> n.get(ConnectionStatus.CLOSE_WAIT))
                      .gauge(
                          "ConnectionsLastAck",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_LAST_ACK",
                          "Internet sockets in state LAST_ACK",
                          n -> n.get(ConnectionStatus.LAST_ACK))
                      .gauge(
                          "ConnectionsListen",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_LISTEN",
                          "Internet sockets in state LISTEN",
                          n -> n.get(ConnectionStatus.LISTEN))
                      .gauge(
                          "ConnectionsClosing",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_CLOSING",
                          "Internet sockets in state CLOSING",
                          n -> n.get(ConnectionStatus.CLOSING))
                      .gauge(
                          "ConnectionsNone",
                          INTEGER,
                          "count",
                          "net_connections('inet') with status CONN_NONE",
                          "Internet sockets without a TCP state (UDP)",
                          n -> n.get(ConnectionStatus.NONE)))
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

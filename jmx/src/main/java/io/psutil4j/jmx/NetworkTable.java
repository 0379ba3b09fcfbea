package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.INTEGER;

import io.psutil4j.Connection;
import io.psutil4j.ConnectionStatus;
import io.psutil4j.NetIoCounters;
import io.psutil4j.spi.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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

  /** What a connection count costs, for its description. */
  private static final String SOCKETS_COST =
      " (the socket tables, whose cost grows with the host's sockets, not this JVM's: read at"
          + " most every "
          + CostlySources.SOCKETS_DEFAULT
          + " by default, option sockets.interval)";

  static final MBeanTable TABLE = table();

  private NetworkTable() {}

  private static MBeanTable table() {
    MBeanTable.Rows<Map<ConnectionStatus, Integer>> rows =
        MBeanTable.table(
                MBeanGroup.NETWORK,
                "Network",
                MBeanTable.Naming.SINGLETON,
                "All network interfaces together (psutil net_io_counters) and Internet sockets by"
                    + " state (psutil net_connections('inet'))")
            .from(TOTALS, "net_io_counters()")
            .counter("BytesSent", NetIoCounters.BYTES_SENT, NetIoCounters::bytesSent)
            .described("Bytes sent, all interfaces")
            .counter("BytesRecv", NetIoCounters.BYTES_RECV, NetIoCounters::bytesRecv)
            .described("Bytes received, all interfaces")
            .counter("PacketsSent", NetIoCounters.PACKETS_SENT, NetIoCounters::packetsSent)
            .described("Packets sent, all interfaces")
            .counter("PacketsRecv", NetIoCounters.PACKETS_RECV, NetIoCounters::packetsRecv)
            .described("Packets received, all interfaces")
            .counter("Errin", NetIoCounters.ERRIN, NetIoCounters::errin)
            .described("Receive errors, all interfaces")
            .counter("Errout", NetIoCounters.ERROUT, NetIoCounters::errout)
            .described("Transmit errors, all interfaces")
            .counter("Dropin", NetIoCounters.DROPIN, NetIoCounters::dropin)
            .described("Incoming packets dropped, all interfaces")
            .counter("Dropout", NetIoCounters.DROPOUT, NetIoCounters::dropout)
            .described("Outgoing packets dropped, all interfaces")
            .from(CONNECTIONS);
    // one count per TCP state, in ConnectionStatus' order; CONN_NONE counts the UDP sockets
    for (ConnectionStatus status : ConnectionStatus.values()) {
      rows.gauge("Connections" + camel(status), INTEGER, "count", n -> n.get(status))
          .described(
              status == ConnectionStatus.CONN_NONE
                  ? "Internet sockets without a TCP state (UDP)" + SOCKETS_COST
                  : "Internet sockets in state " + status.value() + SOCKETS_COST,
              "net_connections('inet') with status " + status.name());
    }
    return rows.readingAge(
            "Age of the oldest reading this MBean serves: each source above is read from the"
                + " kernel when one of its attributes is read and its interval has passed (the"
                + " socket tables "
                + CostlySources.SOCKETS_DEFAULT
                + " by default, option sockets.interval; the totals the cache"
                + " interval), so this exceeds those when an attribute has not been asked for"
                + " since, or when a refresh passed its 2 s deadline and the last reading is"
                + " served stale; null before the first read. Reading it reads nothing")
        .build();
  }

  /** {@code FIN_WAIT1} to {@code FinWait1}. */
  private static String camel(ConnectionStatus status) {
    StringBuilder out = new StringBuilder();
    for (String word : status.value().split("_")) {
      out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return out.toString();
  }

  /**
   * The totals every cache interval; the socket tables, whose cost grows with the host's sockets
   * (the kernel walks its whole TCP hash), at most every {@code socketsMillis}.
   */
  static Readings readings(Platform platform, long socketsMillis, Readings.Builder readings) {
    NetTotals counters = new NetTotals(); // a NIC that goes away keeps its counts in the totals
    return readings
        .with(TOTALS, () -> counters.total(platform.netIoCountersPernic()))
        .cachedBy(
            CONNECTIONS,
            () -> byStatus(platform.netConnectionsWithoutPids("inet")),
            CostlySources.atMostEvery(socketsMillis))
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

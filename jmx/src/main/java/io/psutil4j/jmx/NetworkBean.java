package io.psutil4j.jmx;

import io.psutil4j.Connection;
import io.psutil4j.ConnectionStatus;
import io.psutil4j.NetIoCounters;
import io.psutil4j.spi.Platform;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * net_io_counters() totals and net_connections("inet") counted by status, each read once per
 * refresh. Counting connections maps every socket to its process (a walk of /proc/PID/fd), the
 * costliest read of all our MBeans: it has its own snapshot, taken only when a connection count is
 * read.
 */
final class NetworkBean implements NetworkMXBean {
  private final Snapshot<NetIoCounters> totals;
  private final Snapshot<Map<ConnectionStatus, Integer>> connections;

  NetworkBean(Platform platform, long cacheMillis) {
    NetTotals counters = new NetTotals(); // a NIC that goes away keeps its counts in the totals
    this.totals = new Snapshot<>(() -> counters.total(platform.netIoCountersPernic()), cacheMillis);
    this.connections =
        new Snapshot<>(() -> count(platform.netConnectionsWithoutPids("inet")), cacheMillis);
  }

  private static Map<ConnectionStatus, Integer> count(List<Connection> all) {
    Map<ConnectionStatus, Integer> n = new EnumMap<>(ConnectionStatus.class);
    for (ConnectionStatus s : ConnectionStatus.values()) {
      n.put(s, 0);
    }
    for (Connection c : all) {
      n.merge(c.status(), 1, Integer::sum);
    }
    return n;
  }

  private Long total(Function<NetIoCounters, Long> field) {
    NetIoCounters t = totals.get();
    return t == null ? null : field.apply(t);
  }

  private Integer connections(ConnectionStatus status) {
    Map<ConnectionStatus, Integer> n = connections.get();
    return n == null ? null : n.get(status);
  }

  @Override
  public Long getBytesSent() {
    return total(NetIoCounters::bytesSent);
  }

  @Override
  public Long getBytesRecv() {
    return total(NetIoCounters::bytesRecv);
  }

  @Override
  public Long getPacketsSent() {
    return total(NetIoCounters::packetsSent);
  }

  @Override
  public Long getPacketsRecv() {
    return total(NetIoCounters::packetsRecv);
  }

  @Override
  public Long getErrin() {
    return total(NetIoCounters::errin);
  }

  @Override
  public Long getErrout() {
    return total(NetIoCounters::errout);
  }

  @Override
  public Long getDropin() {
    return total(NetIoCounters::dropin);
  }

  @Override
  public Long getDropout() {
    return total(NetIoCounters::dropout);
  }

  @Override
  public Integer getConnectionsEstablished() {
    return connections(ConnectionStatus.ESTABLISHED);
  }

  @Override
  public Integer getConnectionsSynSent() {
    return connections(ConnectionStatus.SYN_SENT);
  }

  @Override
  public Integer getConnectionsSynRecv() {
    return connections(ConnectionStatus.SYN_RECV);
  }

  @Override
  public Integer getConnectionsFinWait1() {
    return connections(ConnectionStatus.FIN_WAIT1);
  }

  @Override
  public Integer getConnectionsFinWait2() {
    return connections(ConnectionStatus.FIN_WAIT2);
  }

  @Override
  public Integer getConnectionsTimeWait() {
    return connections(ConnectionStatus.TIME_WAIT);
  }

  @Override
  public Integer getConnectionsClose() {
    return connections(ConnectionStatus.CLOSE);
  }

  @Override
  public Integer getConnectionsCloseWait() {
    return connections(ConnectionStatus.CLOSE_WAIT);
  }

  @Override
  public Integer getConnectionsLastAck() {
    return connections(ConnectionStatus.LAST_ACK);
  }

  @Override
  public Integer getConnectionsListen() {
    return connections(ConnectionStatus.LISTEN);
  }

  @Override
  public Integer getConnectionsClosing() {
    return connections(ConnectionStatus.CLOSING);
  }

  @Override
  public Integer getConnectionsNone() {
    return connections(ConnectionStatus.NONE);
  }
}

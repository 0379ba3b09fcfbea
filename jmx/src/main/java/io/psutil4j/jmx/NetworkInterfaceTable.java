package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.BOOLEAN;
import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.LONG;
import static javax.management.openmbean.SimpleType.STRING;

/** {@code psutil4j:type=NetworkInterface,name=<nic>}: one network interface. */
final class NetworkInterfaceTable {
  /** The NIC's share of the reading of every NIC (see {@link NetworkInterfaces}). */
  static final Source<NetworkInterfaces.Nic> PER_NIC =
      Source.named("net_io_counters(pernic=True) /proc/net/dev, net_if_stats(), net_if_addrs()");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.NETWORK_INTERFACE,
              "NetworkInterface",
              MBeanTable.Naming.PER_ENTITY,
              "One network interface (psutil net_io_counters(pernic=True), net_if_stats, net_if_addrs)")
          .from(
              PER_NIC,
              s ->
                  s.counter(
                          "BytesSent",
                          LONG,
                          "bytes",
                          "net_io_counters(pernic=True)[name].bytes_sent",
                          "Bytes sent",
                          n -> n.io.bytesSent())
                      .counter(
                          "BytesRecv",
                          LONG,
                          "bytes",
                          "net_io_counters(pernic=True)[name].bytes_recv",
                          "Bytes received",
                          n -> n.io.bytesRecv())
                      .counter(
                          "PacketsSent",
                          LONG,
                          "packets",
                          "net_io_counters(pernic=True)[name].packets_sent",
                          "Packets sent",
                          n -> n.io.packetsSent())
                      .counter(
                          "PacketsRecv",
                          LONG,
                          "packets",
                          "net_io_counters(pernic=True)[name].packets_recv",
                          "Packets received",
                          n -> n.io.packetsRecv())
                      .counter(
                          "Errin",
                          LONG,
                          "count",
                          "net_io_counters(pernic=True)[name].errin",
                          "Receive errors",
                          n -> n.io.errin())
                      .counter(
                          "Errout",
                          LONG,
                          "count",
                          "net_io_counters(pernic=True)[name].errout",
                          "Transmit errors",
                          n -> n.io.errout())
                      .counter(
                          "Dropin",
                          LONG,
                          "packets",
                          "net_io_counters(pernic=True)[name].dropin",
                          "Incoming packets dropped",
                          n -> n.io.dropin())
                      .counter(
                          "Dropout",
                          LONG,
                          "packets",
                          "net_io_counters(pernic=True)[name].dropout",
                          "Outgoing packets dropped",
                          n -> n.io.dropout())
                      .gauge(
                          "Isup",
                          BOOLEAN,
                          "boolean",
                          "net_if_stats()[name].isup",
                          "Whether the interface is up and running",
                          n -> n.stats == null ? null : n.stats.isup())
                      .gauge(
                          "Duplex",
                          STRING,
                          "text",
                          "net_if_stats()[name].duplex",
                          "Duplex mode: NIC_DUPLEX_FULL, NIC_DUPLEX_HALF or NIC_DUPLEX_UNKNOWN",
                          n -> n.stats == null ? null : n.stats.duplex().name())
                      .gauge(
                          "Speed",
                          INTEGER,
                          "Mbit/s",
                          "net_if_stats()[name].speed",
                          "Link speed, 0 when unknown",
                          n -> n.stats == null ? null : n.stats.speed())
                      .gauge(
                          "Mtu",
                          INTEGER,
                          "bytes",
                          "net_if_stats()[name].mtu",
                          "Maximum transmission unit",
                          n -> n.stats == null ? null : n.stats.mtu())
                      .gauge(
                          "Flags",
                          STRING,
                          "text",
                          "net_if_stats()[name].flags",
                          "Interface flags, comma-separated",
                          n -> n.stats == null ? null : n.stats.flags())
                      .gauge(
                          "Ipv4Address",
                          STRING,
                          "text",
                          "net_if_addrs()[name] first AF_INET address",
                          "First IPv4 address; null when none",
                          n -> n.ipv4)
                      .gauge(
                          "Ipv6Address",
                          STRING,
                          "text",
                          "net_if_addrs()[name] first AF_INET6 address",
                          "First IPv6 address; null when none",
                          n -> n.ipv6))
          .build();

  private NetworkInterfaceTable() {}
}

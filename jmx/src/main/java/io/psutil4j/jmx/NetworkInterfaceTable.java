package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.STRING;

import io.psutil4j.NetIoCounters;
import io.psutil4j.NicStats;

/** {@code psutil4j:type=NetworkInterface,name=<nic>}: one network interface. */
final class NetworkInterfaceTable {
  /** The NIC's share of the reading of every NIC (see {@link NetworkInterfaces}). */
  static final Source<NetworkInterfaces.Nic> PER_NIC =
      Source.named("net_io_counters(pernic=True) /proc/net/dev, net_if_stats(), net_if_addrs()");

  /** What the NIC's state costs, for its descriptions. */
  private static final String SYSFS_COST =
      " (sysfs files and an ioctl per NIC, so the cost grows with the NICs: read at most every"
          + " "
          + CostlySources.NICS_DEFAULT
          + " by default, option nics.interval)";

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.NETWORK_INTERFACE,
              "NetworkInterface",
              MBeanTable.Naming.PER_ENTITY,
              "One network interface (psutil net_io_counters(pernic=True), net_if_stats,"
                  + " net_if_addrs); a NIC whose sysfs read hangs past 1 s reads null stats until"
                  + " that read returns")
          .from(PER_NIC, "net_io_counters(pernic=True)[name]")
          .counter("BytesSent", NetIoCounters.BYTES_SENT, n -> n.io.bytesSent())
          .described("Bytes sent")
          .counter("BytesRecv", NetIoCounters.BYTES_RECV, n -> n.io.bytesRecv())
          .described("Bytes received")
          .counter("PacketsSent", NetIoCounters.PACKETS_SENT, n -> n.io.packetsSent())
          .described("Packets sent")
          .counter("PacketsRecv", NetIoCounters.PACKETS_RECV, n -> n.io.packetsRecv())
          .described("Packets received")
          .counter("Errin", NetIoCounters.ERRIN, n -> n.io.errin())
          .described("Receive errors")
          .counter("Errout", NetIoCounters.ERROUT, n -> n.io.errout())
          .described("Transmit errors")
          .counter("Dropin", NetIoCounters.DROPIN, n -> n.io.dropin())
          .described("Incoming packets dropped")
          .counter("Dropout", NetIoCounters.DROPOUT, n -> n.io.dropout())
          .described("Outgoing packets dropped")
          .from(PER_NIC, "net_if_stats()[name]")
          .gauge("Isup", NicStats.ISUP, n -> n.stats == null ? null : n.stats.isup())
          .described("Whether the interface is up and running" + SYSFS_COST)
          .gauge("Duplex", STRING, "text", n -> n.stats == null ? null : n.stats.duplex().name())
          .described(
              "Duplex mode: NIC_DUPLEX_FULL, NIC_DUPLEX_HALF or NIC_DUPLEX_UNKNOWN" + SYSFS_COST,
              "net_if_stats()[name].duplex")
          .gauge("Speed", NicStats.SPEED, n -> n.stats == null ? null : n.stats.speed())
          .described("Link speed, 0 when unknown" + SYSFS_COST)
          .gauge("Mtu", NicStats.MTU, n -> n.stats == null ? null : n.stats.mtu())
          .described("Maximum transmission unit" + SYSFS_COST)
          .gauge("Flags", NicStats.FLAGS, n -> n.stats == null ? null : n.stats.flags())
          .described("Interface flags, comma-separated" + SYSFS_COST)
          .gauge("Ipv4Address", STRING, "text", n -> n.ipv4)
          .described(
              "First IPv4 address; null when none", "net_if_addrs()[name] first AF_INET address")
          .gauge("Ipv6Address", STRING, "text", n -> n.ipv6)
          .described(
              "First IPv6 address; null when none", "net_if_addrs()[name] first AF_INET6 address")
          .readingAge(
              Entities.readingAgeSummary(
                  "NetworkInterface",
                  "every NIC",
                  "the counters are read each time; the state (Isup to Flags) comes from sysfs,"
                      + " read at most every nics.interval, "
                      + CostlySources.NICS_DEFAULT
                      + " by default, and may be that much"
                      + " older; a NIC whose sysfs read hangs reads null stats instead until that"
                      + " read returns"))
          .build();

  private NetworkInterfaceTable() {}
}

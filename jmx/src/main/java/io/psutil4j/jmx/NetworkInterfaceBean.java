package io.psutil4j.jmx;

/** One NIC, read from the shared net_io_counters/net_if_stats/net_if_addrs reading. */
final class NetworkInterfaceBean extends EntityBean<NetworkInterfaces.Nic>
    implements NetworkInterfaceMXBean {
  NetworkInterfaceBean(String name, Entities<NetworkInterfaces.Nic> entities) {
    super(name, entities);
  }

  @Override
  public Long getBytesSent() {
    return part(e -> e.io, p -> p.bytesSent());
  }

  @Override
  public Long getBytesRecv() {
    return part(e -> e.io, p -> p.bytesRecv());
  }

  @Override
  public Long getPacketsSent() {
    return part(e -> e.io, p -> p.packetsSent());
  }

  @Override
  public Long getPacketsRecv() {
    return part(e -> e.io, p -> p.packetsRecv());
  }

  @Override
  public Long getErrin() {
    return part(e -> e.io, p -> p.errin());
  }

  @Override
  public Long getErrout() {
    return part(e -> e.io, p -> p.errout());
  }

  @Override
  public Long getDropin() {
    return part(e -> e.io, p -> p.dropin());
  }

  @Override
  public Long getDropout() {
    return part(e -> e.io, p -> p.dropout());
  }

  @Override
  public Boolean getIsup() {
    return part(e -> e.stats, p -> p.isup());
  }

  @Override
  public String getDuplex() {
    return part(e -> e.stats, p -> p.duplex().name());
  }

  @Override
  public Integer getSpeed() {
    return part(e -> e.stats, p -> p.speed());
  }

  @Override
  public Integer getMtu() {
    return part(e -> e.stats, p -> p.mtu());
  }

  @Override
  public String getFlags() {
    return part(e -> e.stats, p -> p.flags());
  }

  @Override
  public String getIpv4Address() {
    return part(e -> e.ipv4, p -> p);
  }

  @Override
  public String getIpv6Address() {
    return part(e -> e.ipv6, p -> p);
  }
}

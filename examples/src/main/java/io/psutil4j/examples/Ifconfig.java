package io.psutil4j.examples;

import io.psutil4j.AddressFamily;
import io.psutil4j.NetIoCounters;
import io.psutil4j.NicAddress;
import io.psutil4j.NicDuplex;
import io.psutil4j.NicStats;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** psutil's {@code scripts/ifconfig.py}: stats, I/O counters and addresses of each NIC. */
final class Ifconfig implements Command {
  @Override
  public String name() {
    return "ifconfig";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "network interfaces with their state, counters and addresses";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    Map<String, NicStats> stats = Psutil.netIfStats();
    Map<String, NetIoCounters> io = Psutil.netIoCountersPernic(true);
    for (Map.Entry<String, List<NicAddress>> nic : Psutil.netIfAddrs().entrySet()) {
      out.println(nic.getKey() + ":");
      NicStats st = stats.get(nic.getKey());
      if (st != null) {
        out.println(
            Py.format(
                "    stats          : speed=%sMB, duplex=%s, mtu=%s, up=%s",
                st.speed(), duplex(st.duplex()), st.mtu(), st.isup() ? "yes" : "no"));
      }
      NetIoCounters c = io.get(nic.getKey());
      if (c != null) {
        out.println(
            Py.format(
                "    incoming       : bytes=%s, pkts=%s, errs=%s, drops=%s",
                Bytes.human(c.bytesRecv()), c.packetsRecv(), c.errin(), c.dropin()));
        out.println(
            Py.format(
                "    outgoing       : bytes=%s, pkts=%s, errs=%s, drops=%s",
                Bytes.human(c.bytesSent()), c.packetsSent(), c.errout(), c.dropout()));
      }
      for (NicAddress a : nic.getValue()) {
        out.println(Py.format("    %-4s address   : %s", family(a.family()), Py.str(a.address())));
        a.broadcast().ifPresent(b -> out.println("         broadcast : " + b));
        a.netmask().ifPresent(m -> out.println("         netmask   : " + m));
        a.ptp().ifPresent(p -> out.println("      p2p       : " + p));
      }
      out.println();
    }
    return 0;
  }

  private static String family(AddressFamily f) {
    switch (f) {
      case AF_INET:
        return "IPv4";
      case AF_INET6:
        return "IPv6";
      case AF_LINK:
        return "MAC";
      default:
        return f.name();
    }
  }

  private static String duplex(NicDuplex d) {
    switch (d) {
      case NIC_DUPLEX_FULL:
        return "full";
      case NIC_DUPLEX_HALF:
        return "half";
      default:
        return "?";
    }
  }
}

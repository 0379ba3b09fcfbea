package io.psutil4j.examples;

import io.psutil4j.NetIoCounters;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * psutil's {@code scripts/nettop.py}: bytes and packets per second, total and per NIC, one frame
 * per second (psutil redraws with curses; we print frames one after another).
 */
final class Nettop implements Command {
  private static final String TEMPL = "%-15s %15s %15s";

  @Override
  public String name() {
    return "nettop";
  }

  @Override
  public String arguments() {
    return "[-n FRAMES]";
  }

  @Override
  public String summary() {
    return "network traffic per second, total and per interface";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "-n");
    int frames = Args.frames(args, Integer.MAX_VALUE);
    for (int frame = 0; frame < frames; frame++) {
      NetIoCounters tot1 = Psutil.netIoCounters().orElse(null);
      Map<String, NetIoCounters> pnic1 = Psutil.netIoCountersPernic(true);
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 130;
      }
      NetIoCounters tot2 = Psutil.netIoCounters().orElse(null);
      Map<String, NetIoCounters> pnic2 = Psutil.netIoCountersPernic(true);
      if (frame > 0) {
        out.println();
      }
      frame(tot1, tot2, pnic1, pnic2, out);
    }
    return 0;
  }

  static void frame(
      NetIoCounters tot1,
      NetIoCounters tot2,
      Map<String, NetIoCounters> pnic1,
      Map<String, NetIoCounters> pnic2,
      PrintStream out) {
    if (tot2 != null) {
      out.println(
          Py.format(
              "total bytes:           sent: %-10s   received: %s",
              Bytes.human(tot2.bytesSent()), Bytes.human(tot2.bytesRecv())));
      out.println(
          Py.format(
              "total packets:         sent: %-10s   received: %s",
              tot2.packetsSent(), tot2.packetsRecv()));
    }
    out.println();
    List<String> nics = new ArrayList<>(pnic2.keySet());
    nics.sort((a, b) -> Long.compare(pnic2.get(b).bytesSent(), pnic2.get(a).bytesSent()));
    for (String name : nics) {
      NetIoCounters s2 = pnic2.get(name);
      NetIoCounters s1 = pnic1.getOrDefault(name, s2);
      out.println(Py.format(TEMPL, name, "TOTAL", "PER-SEC"));
      out.println(
          Py.format(
              TEMPL,
              "bytes-sent",
              Bytes.human(s2.bytesSent()),
              Bytes.human(s2.bytesSent() - s1.bytesSent()) + "/s"));
      out.println(
          Py.format(
              TEMPL,
              "bytes-recv",
              Bytes.human(s2.bytesRecv()),
              Bytes.human(s2.bytesRecv() - s1.bytesRecv()) + "/s"));
      out.println(
          Py.format(TEMPL, "pkts-sent", s2.packetsSent(), s2.packetsSent() - s1.packetsSent()));
      out.println(
          Py.format(TEMPL, "pkts-recv", s2.packetsRecv(), s2.packetsRecv() - s1.packetsRecv()));
      out.println();
    }
  }
}

package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.AddressFamily;
import io.psutil4j.Connection;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.Psutil;
import io.psutil4j.SocketType;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** psutil's {@code scripts/netstat.py}: inet sockets with their owner, like netstat -antp. */
final class Netstat implements Command {
  private static final String TEMPL = "%-5s %-30s %-30s %-13s %-6s %s";
  private static final String AD = "-";

  @Override
  public String name() {
    return "netstat";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "TCP and UDP sockets with their process, like netstat -antp";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    out.println(
        Py.format(
            TEMPL, "Proto", "Local address", "Remote address", "Status", "PID", "Program name"));
    Map<Integer, String> names = new HashMap<>();
    for (Connection c : Psutil.netConnections("inet")) {
      String laddr = c.laddr().map(a -> a.ip() + ":" + a.port()).orElse(AD);
      String raddr = c.raddr().map(a -> a.ip() + ":" + a.port()).orElse(AD);
      String name =
          c.pid().map(pid -> names.computeIfAbsent(pid, Netstat::processName)).orElse("?");
      out.println(
          Py.format(
              TEMPL,
              proto(c),
              laddr,
              raddr,
              c.status().value(),
              c.pid().map(String::valueOf).orElse(AD),
              name.length() > 15 ? name.substring(0, 15) : name));
    }
    return 0;
  }

  static String proto(Connection c) {
    boolean v6 = c.family() == AddressFamily.AF_INET6;
    return (c.type() == SocketType.SOCK_STREAM ? "tcp" : "udp") + (v6 ? "6" : "");
  }

  private static String processName(int pid) {
    try {
      return Process.of(pid).name();
    } catch (NoSuchProcess | AccessDenied e) {
      return "?";
    }
  }
}

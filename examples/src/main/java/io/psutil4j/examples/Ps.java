package io.psutil4j.examples;

import io.psutil4j.MemoryInfo;
import io.psutil4j.Process;
import io.psutil4j.ProcessCpuTimes;
import io.psutil4j.ProcessStatus;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** psutil's {@code scripts/ps.py}: {@code ps aux}, one line per process. */
final class Ps implements Command {
  private static final String ROW = "%-10s %7s %5s %7s %7s %5s %-8s %6s %6s  %s";
  private static final List<String> ATTRS =
      Arrays.asList(
          "username",
          "nice",
          "memory_info",
          "memory_percent",
          "cpu_times",
          "create_time",
          "status",
          "name",
          "cmdline");

  @Override
  public String name() {
    return "ps";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "every process, like ps aux";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    out.println(
        ProcFormat.fmt(
            ROW, "USER", "PID", "%MEM", "VSZ", "RSS", "NICE", "STATUS", "START", "TIME",
            "CMDLINE"));
    // ps.py cuts each row (not the header) to the terminal's width: 80 when piped
    int width = Terminal.columns();
    for (Process p : Psutil.processIter(ATTRS, null)) {
      Map<String, Object> i = p.info();
      MemoryInfo mem = (MemoryInfo) i.get("memory_info");
      ProcessCpuTimes t = (ProcessCpuTimes) i.get("cpu_times");
      Object pct = i.get("memory_percent");
      Object ctime = i.get("create_time");
      Object status = i.get("status");
      @SuppressWarnings("unchecked")
      List<String> cmdline = (List<String>) i.get("cmdline");
      String command =
          cmdline != null && !cmdline.isEmpty() ? String.join(" ", cmdline) : str(i.get("name"));
      String row =
          ProcFormat.fmt(
              ROW,
              ProcFormat.user(i.get("username"), 10),
              p.pid(),
              pct == null ? "" : ProcFormat.fmt("%.1f", (Double) pct),
              mem == null ? "" : Bytes.human(mem.vms()),
              mem == null ? "" : Bytes.human(mem.rss()),
              str(i.get("nice")),
              status == null ? "" : ((ProcessStatus) status).value(),
              ctime == null ? "" : ProcFormat.start((Double) ctime),
              t == null ? "" : ProcFormat.cpuTime(t.user() + t.system()),
              ProcFormat.oneLine(command));
      out.println(Terminal.cut(row, width));
    }
    return 0;
  }

  private static String str(Object o) {
    return o == null ? "" : o.toString();
  }
}

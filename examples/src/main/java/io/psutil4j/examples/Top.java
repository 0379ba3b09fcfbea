package io.psutil4j.examples;

import io.psutil4j.CpuPercent;
import io.psutil4j.CpuTimes;
import io.psutil4j.LoadAverage;
import io.psutil4j.MemoryInfo;
import io.psutil4j.Process;
import io.psutil4j.ProcessCpuTimes;
import io.psutil4j.ProcessStatus;
import io.psutil4j.Psutil;
import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * psutil's {@code scripts/top.py} without curses: per-CPU bars, memory, swap, process counts by
 * status, load and uptime, then the processes by CPU use. Each frame measures over one second;
 * {@code -n N} prints N frames.
 */
final class Top implements Command {
  private static final String ROW = "%5s %-8s %4s %6s %6s %5s %5s %9s  %s";
  private static final List<String> ATTRS =
      Arrays.asList(
          "username",
          "nice",
          "memory_info",
          "memory_percent",
          "cpu_percent",
          "cpu_times",
          "name",
          "status");
  private static final long INTERVAL_MS = 1000;

  @Override
  public String name() {
    return "top";
  }

  @Override
  public String arguments() {
    return "[-n FRAMES]";
  }

  @Override
  public String summary() {
    return "CPUs, memory and the busiest processes, like top";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "-n");
    int frames = Args.frames(args, Integer.MAX_VALUE);
    List<CpuTimes> before = Psutil.cpuTimesPercpu();
    Psutil.processIter(ATTRS, null); // the first cpu_percent sample of every process
    for (int frame = 0; frame < frames; frame++) {
      sleep();
      List<CpuTimes> after = Psutil.cpuTimesPercpu();
      List<Process> procs = Psutil.processIter(ATTRS, null);
      if (frame > 0) {
        out.println();
      }
      header(out, before, after, procs);
      table(out, procs);
      before = after;
    }
    return 0;
  }

  private static void header(
      PrintStream out, List<CpuTimes> before, List<CpuTimes> after, List<Process> procs) {
    for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
      double pct = CpuPercent.between(before.get(i), after.get(i));
      out.println(ProcFormat.fmt(" CPU%-3d %s %5.1f%%", i, ProcFormat.bar(pct, 40), pct));
    }
    VirtualMemory mem = Psutil.virtualMemory();
    out.println(
        ProcFormat.fmt(
            " Mem    %s %5.1f%% %s / %s",
            ProcFormat.bar(mem.percent(), 40),
            mem.percent(),
            Bytes.human(mem.used()),
            Bytes.human(mem.total())));
    SwapMemory swap = Psutil.swapMemory();
    out.println(
        ProcFormat.fmt(
            " Swap   %s %5.1f%% %s / %s",
            ProcFormat.bar(swap.percent(), 40),
            swap.percent(),
            Bytes.human(swap.used()),
            Bytes.human(swap.total())));
    Map<String, Integer> byStatus = new TreeMap<>();
    for (Process p : procs) {
      Object s = p.info().get("status");
      if (s != null) {
        byStatus.merge(((ProcessStatus) s).value(), 1, Integer::sum);
      }
    }
    List<String> counts = new ArrayList<>();
    byStatus.forEach((k, v) -> counts.add(k + "=" + v));
    out.println(" Processes: " + procs.size() + " (" + String.join(", ", counts) + ")");
    LoadAverage load = Psutil.getloadavg();
    double[] l = load.toArray();
    long up = (long) (System.currentTimeMillis() / 1000.0 - Psutil.bootTime());
    out.println(
        ProcFormat.fmt(" Load average: %.2f %.2f %.2f  Uptime: %s", l[0], l[1], l[2], uptime(up)));
    out.println();
  }

  private static String uptime(long seconds) {
    long days = seconds / 86400;
    String hms =
        ProcFormat.fmt("%d:%02d:%02d", (seconds / 3600) % 24, (seconds / 60) % 60, seconds % 60);
    return days > 0 ? days + (days == 1 ? " day, " : " days, ") + hms : hms;
  }

  private static void table(PrintStream out, List<Process> procs) {
    List<Process> sorted = new ArrayList<>(procs);
    sorted.sort(
        Comparator.comparingDouble((Process p) -> num(p.info().get("cpu_percent"))).reversed());
    out.println(
        ProcFormat.fmt(ROW, "PID", "USER", "NI", "VIRT", "RES", "CPU%", "MEM%", "TIME+", "NAME"));
    for (Process p : sorted) {
      Map<String, Object> i = p.info();
      MemoryInfo mem = (MemoryInfo) i.get("memory_info");
      ProcessCpuTimes t = (ProcessCpuTimes) i.get("cpu_times");
      out.println(
          ProcFormat.fmt(
              ROW,
              p.pid(),
              ProcFormat.user(i.get("username"), 8),
              i.get("nice") == null ? "" : i.get("nice"),
              mem == null ? "" : Bytes.human(mem.vms()),
              mem == null ? "" : Bytes.human(mem.rss()),
              ProcFormat.fmt("%.1f", num(i.get("cpu_percent"))),
              ProcFormat.fmt("%.1f", num(i.get("memory_percent"))),
              t == null ? "" : ProcFormat.cpuTimePlus(t.user() + t.system()),
              i.get("name") == null ? "" : i.get("name")));
    }
  }

  private static double num(Object o) {
    return o instanceof Number ? ((Number) o).doubleValue() : 0.0;
  }

  private static void sleep() {
    try {
      Thread.sleep(INTERVAL_MS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package io.psutil4j.examples;

import io.psutil4j.Process;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * psutil's {@code scripts/cpu_distribution.py}: the load of each CPU and, under it, the names of
 * the processes that last ran on it ({@code Process.cpu_num}), in 10-wide columns, one frame per
 * second. As in the script: at most 8 CPUs (the rest are "hidden"), names cut to 5 letters, and as
 * many process rows as fill the terminal.
 */
final class CpuDistribution implements Command {
  /** The script shows 8 CPUs at most, to fit the screen. */
  static final int MAX_CPUS = 8;

  private static final String CELL = "%-10s";
  private static final int NAME = 5;

  @Override
  public String name() {
    return "cpu_distribution";
  }

  @Override
  public String arguments() {
    return "[-n FRAMES]";
  }

  @Override
  public String summary() {
    return "load of each CPU, refreshed every second";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "-n");
    int frames = Args.frames(args, Integer.MAX_VALUE);
    Psutil.cpuPercentPercpu(0); // start this thread's window, as the script's first call does
    for (int frame = 0; frame < frames; frame++) {
      List<Double> percents = Psutil.cpuPercentPercpu(1.0);
      if (frame > 0) {
        out.println();
      }
      frame(percents, out);
      // the script prints rows from screen line 3 until the terminal's last line
      int rows = Math.max(1, Terminal.lines() - 3);
      for (String row : rows(namesByCpu(Math.min(percents.size(), MAX_CPUS)), rows)) {
        out.println(row);
      }
    }
    return 0;
  }

  /** The header ({@code CPU 0 CPU 1 ...}) and the percentages, as the script's %-10s. */
  static void frame(List<Double> percents, PrintStream out) {
    StringBuilder header = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (int cpu = 0; cpu < Math.min(percents.size(), MAX_CPUS); cpu++) {
      header.append(Py.format("CPU %-6d", cpu));
      values.append(Py.format(CELL, Py.str(percents.get(cpu))));
    }
    if (percents.size() > MAX_CPUS) {
      header.append(" (+ hidden)");
    }
    out.println(header.toString().stripTrailing());
    out.println(values.toString().stripTrailing());
  }

  /** The first 5 letters of each process's name, by the CPU it last ran on, in pid order. */
  static List<List<String>> namesByCpu(int cpus) {
    List<List<String>> byCpu = new ArrayList<>();
    for (int cpu = 0; cpu < cpus; cpu++) {
      byCpu.add(new ArrayList<>());
    }
    for (Process p : Psutil.processIter(List.of("name", "cpu_num"), null)) {
      Object cpu = p.info().get("cpu_num");
      Object name = p.info().get("name");
      if (cpu instanceof Integer && (Integer) cpu < cpus && name != null) {
        String shown = name.toString();
        byCpu.get((Integer) cpu).add(shown.substring(0, Math.min(NAME, shown.length())));
      }
    }
    return byCpu;
  }

  /**
   * {@code count} rows, one 10-wide cell per CPU, each taking the last name left in its CPU's list
   * (the script pops) or a blank one. Only trailing blanks are stripped, so a name stays under its
   * CPU even when the CPUs left of it have run out.
   */
  static List<String> rows(List<List<String>> byCpu, int count) {
    List<Deque<String>> left = new ArrayList<>();
    byCpu.forEach(names -> left.add(new ArrayDeque<>(names)));
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder row = new StringBuilder();
      for (Deque<String> names : left) {
        row.append(Py.format(CELL, names.isEmpty() ? "" : names.pollLast()));
      }
      rows.add(row.toString().stripTrailing());
    }
    return rows;
  }
}

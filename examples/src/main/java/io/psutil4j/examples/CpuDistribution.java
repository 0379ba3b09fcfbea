package io.psutil4j.examples;

import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.List;

/**
 * psutil's {@code scripts/cpu_distribution.py}: the load of each CPU as a percentage and a bar, and
 * under each CPU the names of the processes that last ran on it ({@code Process.cpu_num}), one
 * frame per second.
 */
final class CpuDistribution implements Command {
  private static final int BAR = 10;

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
      processes(percents.size(), out);
    }
    return 0;
  }

  /** One column per CPU, a name per row, until every CPU's list is used up (as the script does). */
  static void processes(int cpus, PrintStream out) {
    List<java.util.Deque<String>> byCpu = new java.util.ArrayList<>();
    for (int cpu = 0; cpu < cpus; cpu++) {
      byCpu.add(new java.util.ArrayDeque<>());
    }
    for (io.psutil4j.Process p : Psutil.processIter(List.of("name", "cpu_num"), null)) {
      Object cpu = p.info().get("cpu_num");
      Object name = p.info().get("name");
      if (cpu instanceof Integer && (Integer) cpu < cpus && name != null) {
        String shown = name.toString();
        byCpu.get((Integer) cpu).add(shown.length() > BAR ? shown.substring(0, BAR) : shown);
      }
    }
    boolean more = true;
    while (more) {
      more = false;
      StringBuilder row = new StringBuilder();
      for (java.util.Deque<String> names : byCpu) {
        String name = names.isEmpty() ? "" : names.poll();
        more |= !names.isEmpty();
        row.append(Py.format("%-13s", name));
      }
      String line = row.toString().trim();
      if (!line.isEmpty()) {
        out.println(line);
      }
    }
  }

  static void frame(List<Double> percents, PrintStream out) {
    StringBuilder header = new StringBuilder();
    StringBuilder values = new StringBuilder();
    StringBuilder bars = new StringBuilder();
    for (int cpu = 0; cpu < percents.size(); cpu++) {
      double p = percents.get(cpu);
      header.append(Py.format("%-12s", "CPU " + cpu));
      values.append(Py.format("%-12s", p + "%"));
      int filled = (int) Math.round(p / 100 * BAR);
      bars.append('[')
          .append("|".repeat(filled))
          .append(" ".repeat(BAR - filled))
          .append(']')
          .append(' ');
    }
    out.println(header.toString().trim());
    out.println(values.toString().trim());
    out.println(bars.toString().trim());
  }
}

package io.psutil4j.examples;

import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.List;

/**
 * psutil's {@code scripts/cpu_distribution.py}: the load of each CPU as a percentage and a bar, one
 * frame per second. psutil's script also lists the processes running on each CPU (from {@code
 * Process.cpu_num}); that column comes with the process API.
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
    }
    return 0;
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

package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.IoCounters;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * psutil's {@code scripts/iotop.py} without curses: storage bytes read and written per second by
 * each process over one second, busiest first; {@code -n N} prints N frames. The totals are the sum
 * over processes (iotop.py takes them from disk_io_counters).
 */
final class Iotop implements Command {
  private static final String ROW = "%-7s %-10s %12s %12s  %s";

  @Override
  public String name() {
    return "iotop";
  }

  @Override
  public String arguments() {
    return "[-n FRAMES]";
  }

  @Override
  public String summary() {
    return "disk read and write rate per process, like iotop";
  }

  private static final class Rate {
    final Process p;
    final long read;
    final long write;

    Rate(Process p, long read, long write) {
      this.p = p;
      this.read = read;
      this.write = write;
    }
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "-n");
    int frames = Args.frames(args, Integer.MAX_VALUE);
    Map<Process, IoCounters> before = sample();
    for (int frame = 0; frame < frames; frame++) {
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 1;
      }
      Map<Process, IoCounters> after = sample();
      List<Rate> rates = new ArrayList<>();
      long totalRead = 0;
      long totalWrite = 0;
      for (Map.Entry<Process, IoCounters> e : after.entrySet()) {
        IoCounters old = before.get(e.getKey());
        if (old == null) {
          continue;
        }
        long r = Math.max(0, e.getValue().readBytes() - old.readBytes());
        long w = Math.max(0, e.getValue().writeBytes() - old.writeBytes());
        rates.add(new Rate(e.getKey(), r, w));
        totalRead += r;
        totalWrite += w;
      }
      rates.sort((a, b) -> Long.compare(b.read + b.write, a.read + a.write));
      if (frame > 0) {
        out.println();
      }
      out.println(
          "Total DISK READ: "
              + Bytes.human(totalRead)
              + "/s | Total DISK WRITE: "
              + Bytes.human(totalWrite)
              + "/s");
      out.println(ProcFormat.fmt(ROW, "PID", "USER", "DISK READ", "DISK WRITE", "COMMAND"));
      for (Rate r : rates) {
        out.println(
            ProcFormat.fmt(
                ROW,
                r.p.pid(),
                ProcFormat.user(r.p.info().get("username"), 10),
                Bytes.human(r.read) + "/s",
                Bytes.human(r.write) + "/s",
                r.p.info().get("name")));
      }
      before = after;
    }
    return 0;
  }

  private static Map<Process, IoCounters> sample() {
    Map<Process, IoCounters> out = new HashMap<>();
    for (Process p : Psutil.processIter(List.of("io_counters", "username", "name"), null)) {
      try {
        out.put(p, p.ioCounters());
      } catch (AccessDenied | NoSuchProcess e) {
        // a zombie, a process gone meanwhile, or one we may not inspect
      }
    }
    return out;
  }
}

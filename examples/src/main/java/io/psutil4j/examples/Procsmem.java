package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryInfo;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * psutil's {@code scripts/procsmem.py}: every process's USS, PSS, swap and RSS, sorted by USS, like
 * smem.
 */
final class Procsmem implements Command {
  private static final String ROW = "%-7s %-10s %-40s %9s %9s %9s %9s";

  @Override
  public String name() {
    return "procsmem";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "USS, PSS, swap and RSS of every process, like smem";
  }

  private static final class Row {
    final Process p;
    final String user;
    final String cmd;
    final MemoryFootprint fp;
    final MemoryInfo mem;

    Row(Process p, String user, String cmd, MemoryFootprint fp, MemoryInfo mem) {
      this.p = p;
      this.user = user;
      this.cmd = cmd;
      this.fp = fp;
      this.mem = mem;
    }
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    List<Row> rows = new ArrayList<>();
    int denied = 0;
    for (Process p : Psutil.processIter()) {
      Process.Oneshot scope = p.oneshot();
      try {
        List<String> cmdline = p.cmdline();
        String cmd = ProcFormat.oneLine(cmdline.isEmpty() ? p.name() : String.join(" ", cmdline));
        rows.add(new Row(p, p.username(), cmd, p.memoryFootprint(), p.memoryInfo()));
      } catch (AccessDenied e) {
        denied++;
      } catch (NoSuchProcess e) {
        // ended meanwhile, or a zombie
      } finally {
        scope.close();
      }
    }
    rows.sort(Comparator.comparingLong(r -> r.fp.uss()));
    out.println(ProcFormat.fmt(ROW, "PID", "User", "Cmdline", "USS", "PSS", "Swap", "RSS"));
    out.println("=".repeat(108));
    for (Row r : rows) {
      String cmd = r.cmd.length() > 40 ? r.cmd.substring(0, 40) : r.cmd;
      out.println(
          ProcFormat.fmt(
              ROW,
              r.p.pid(),
              ProcFormat.user(r.user, 10),
              cmd,
              Bytes.convertBytes(r.fp.uss()),
              Bytes.convertBytes(r.fp.pss()),
              Bytes.convertBytes(r.fp.swap()),
              Bytes.convertBytes(r.mem.rss())));
    }
    if (denied > 0) {
      err.println("warning: access denied for " + denied + " pids");
    }
    return 0;
  }
}

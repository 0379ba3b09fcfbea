package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.MemoryMap;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.ZombieProcess;
import java.io.PrintStream;
import java.util.List;

/**
 * psutil's {@code scripts/pmap.py} (psutil 7): one process's memory mappings, like pmap. Rows and
 * the closing {@code PID = ..} line are cut to the terminal width, as the script's safe_print does.
 */
final class Pmap implements Command {
  private static final String ROW = "%-20s %10s  %-7s %s";

  @Override
  public String name() {
    return "pmap";
  }

  @Override
  public String arguments() {
    return "<pid>";
  }

  @Override
  public String summary() {
    return "the memory mappings of one process, like pmap";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    if (args.size() != 1) {
      throw new UsageException("needs exactly one pid");
    }
    int pid = Args.positiveInt("pid", args.get(0));
    try {
      Process p = Process.of(pid);
      List<MemoryMap> maps = p.memoryMaps(false);
      int width = Terminal.columns();
      out.println(ProcFormat.fmt(ROW, "Address", "RSS", "Mode", "Mapping"));
      long total = 0;
      for (MemoryMap m : maps) {
        String row =
            ProcFormat.fmt(ROW, start(m.addr()), Bytes.human(m.rss()), m.perms(), m.path());
        out.println(Terminal.cut(row, width));
        total += m.rss();
      }
      out.println("-".repeat(31));
      out.println(ProcFormat.fmt(ROW, "Total", Bytes.human(total), "", ""));
      out.println(Terminal.cut("PID = " + pid + ", name = " + p.name(), width));
      return 0;
    } catch (ZombieProcess e) {
      // pmap.py lets it propagate: the pid is there, its mappings are gone
      err.println("psutil4j pmap: " + e.getMessage());
      return 1;
    } catch (NoSuchProcess e) {
      err.println("psutil4j pmap: no process with pid " + pid);
      return 1;
    } catch (AccessDenied e) {
      err.println("psutil4j pmap: access denied to pid " + pid);
      return 1;
    }
  }

  /** {@code addr.split('-')[0].zfill(16)}: the start address, zero-padded to 16 digits. */
  static String start(String addr) {
    String start = addr.split("-", 2)[0];
    return start.length() >= 16 ? start : "0".repeat(16 - start.length()) + start;
  }
}

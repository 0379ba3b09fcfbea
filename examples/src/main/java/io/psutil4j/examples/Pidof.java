package io.psutil4j.examples;

import io.psutil4j.Process;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** psutil's {@code scripts/pidof.py}: the pids of the processes with this name. */
final class Pidof implements Command {
  @Override
  public String name() {
    return "pidof";
  }

  @Override
  public String arguments() {
    return "<name>";
  }

  @Override
  public String summary() {
    return "pids of the processes named NAME, like pidof";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    if (args.size() != 1) {
      throw new UsageException("needs exactly one process name");
    }
    List<String> pids = matching(args.get(0));
    if (pids.isEmpty()) {
      return 1;
    }
    out.println(String.join(" ", pids));
    return 0;
  }

  /** name() or cmdline()[0] equal to {@code name}, as pidof.py matches. */
  static List<String> matching(String name) {
    List<String> pids = new ArrayList<>();
    for (Process p : Psutil.processIter(List.of("name", "cmdline"), null)) {
      Object n = p.info().get("name");
      @SuppressWarnings("unchecked")
      List<String> cmdline = (List<String>) p.info().get("cmdline");
      if (name.equals(n)
          || (cmdline != null && !cmdline.isEmpty() && name.equals(cmdline.get(0)))) {
        pids.add(Integer.toString(p.pid()));
      }
    }
    return pids;
  }
}

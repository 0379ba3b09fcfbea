package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.List;

/** psutil's {@code scripts/killall.py}: SIGKILL to every process with this name. */
final class Killall implements Command {
  @Override
  public String name() {
    return "killall";
  }

  @Override
  public String arguments() {
    return "<name>";
  }

  @Override
  public String summary() {
    return "kill every process named NAME";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    if (args.size() != 1) {
      throw new UsageException("needs exactly one process name");
    }
    String name = args.get(0);
    int self = Process.current().pid();
    int killed = 0;
    for (Process p : Psutil.processIter(List.of("name"), null)) {
      if (p.pid() == self || !name.equals(p.info().get("name"))) {
        continue;
      }
      try {
        p.kill();
        killed++;
      } catch (NoSuchProcess e) {
        // ended by itself meanwhile
      } catch (AccessDenied e) {
        err.println("psutil4j killall: " + p.pid() + ": permission denied");
      }
    }
    if (killed == 0) {
      err.println(name + ": no process found");
      return 1;
    }
    return 0;
  }
}

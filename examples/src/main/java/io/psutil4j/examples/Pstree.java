package io.psutil4j.examples;

import io.psutil4j.Process;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** psutil's {@code scripts/pstree.py}: the process tree from the ppid of each process. */
final class Pstree implements Command {
  @Override
  public String name() {
    return "pstree";
  }

  @Override
  public String arguments() {
    return "";
  }

  @Override
  public String summary() {
    return "the process tree, like pstree";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args);
    Map<Integer, List<Integer>> tree = new TreeMap<>();
    Map<Integer, String> names = new TreeMap<>();
    for (Process p : Psutil.processIter(List.of("ppid", "name"), null)) {
      Object ppid = p.info().get("ppid");
      Object name = p.info().get("name");
      names.put(p.pid(), name == null ? "?" : name.toString());
      if (ppid != null) {
        tree.computeIfAbsent((Integer) ppid, k -> new ArrayList<>()).add(p.pid());
      }
    }
    for (List<Integer> kids : tree.values()) {
      Collections.sort(kids);
      kids.remove(Integer.valueOf(0)); // pid 0 is its own parent on some systems
    }
    if (tree.isEmpty()) {
      return 0;
    }
    print(out, Collections.min(tree.keySet()), tree, names, "");
    return 0;
  }

  private static void print(
      PrintStream out,
      int pid,
      Map<Integer, List<Integer>> tree,
      Map<Integer, String> names,
      String indent) {
    out.println(pid + " " + names.getOrDefault(pid, "?"));
    List<Integer> kids = tree.get(pid);
    if (kids == null || kids.isEmpty()) {
      return;
    }
    for (int i = 0; i < kids.size() - 1; i++) {
      out.print(indent + "|- ");
      print(out, kids.get(i), tree, names, indent + "| ");
    }
    out.print(indent + "`_ ");
    print(out, kids.get(kids.size() - 1), tree, names, indent + "  ");
  }
}

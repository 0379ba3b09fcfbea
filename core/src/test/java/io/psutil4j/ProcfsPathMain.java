package io.psutil4j;

import java.util.stream.Collectors;

/**
 * Run in a JVM of its own (PROCFS_PATH is set once per JVM): points psutil4j at the /proc of {@code
 * args[0]} (or at {@code -Dpsutil4j.procfs_path} without arguments) and prints what the static API
 * reads there.
 */
public final class ProcfsPathMain {
  private ProcfsPathMain() {}

  public static void main(String[] args) {
    if (args.length > 0) {
      try {
        Psutil.setProcfsPath(args[0] + "/no-such-dir");
      } catch (IllegalArgumentException e) {
        System.out.println("bad=" + e.getMessage());
      }
      Psutil.setProcfsPath(args[0]);
    }
    System.out.println("procfs_path=" + Psutil.procfsPath());
    System.out.println("pids=" + Psutil.pids());
    System.out.println("total=" + Psutil.virtualMemory().total());
    System.out.println(
        "names="
            + Psutil.processStream(java.util.List.of("name"), null)
                .map(p -> p.pid() + ":" + p.name())
                .collect(Collectors.joining(",")));
    System.out.println("pid1=" + Process.of(1).name());
    try {
      Psutil.setProcfsPath("/proc");
    } catch (IllegalStateException e) {
      System.out.println("late=" + e.getMessage());
    }
  }
}

package io.psutil4j.live;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.linux.LinuxPlatform;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Run as nobody over a procfs mounted with hidepid: prints the pids it lists ({@code pids
 * 1,2,...}), its own pid ({@code self N}), and for each pid argument what {@code Process.of} then
 * {@code name()} and {@code cmdline()} give ({@code pid N name=OK|AD|NSP cmdline=OK|AD|NSP}).
 */
public final class RestrictedProcReaderMain {
  private RestrictedProcReaderMain() {}

  public static void main(String[] args) {
    LinuxPlatform platform = LinuxPlatform.builder().procRoot(Paths.get(args[0])).build();
    System.out.println(
        "pids "
            + Arrays.stream(platform.pids())
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(",")));
    System.out.println("self " + ProcessHandle.current().pid());
    for (int i = 1; i < args.length; i++) {
      int pid = Integer.parseInt(args[i]);
      String name;
      String cmdline;
      try {
        Process p = Process.of(platform, pid);
        name = outcome(p::name);
        cmdline = outcome(p::cmdline);
      } catch (RuntimeException e) {
        name = code(e);
        cmdline = name;
      }
      System.out.println("pid " + pid + " name=" + name + " cmdline=" + cmdline);
    }
  }

  private static String outcome(Runnable call) {
    try {
      call.run();
      return "OK";
    } catch (RuntimeException e) {
      return code(e);
    }
  }

  private static String code(RuntimeException e) {
    if (e instanceof AccessDenied) {
      return "AD";
    }
    if (e instanceof NoSuchProcess) {
      return "NSP";
    }
    return "ERR " + e;
  }
}

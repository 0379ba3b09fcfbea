package io.psutil4j.live;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Run as nobody over a procfs mounted with hidepid: prints the pids it lists ({@code pids
 * 1,2,...}), its own pid ({@code self N}), and for each pid argument what {@code Process.of} then
 * {@code name()} and {@code cmdline()} give ({@code pid N name=OK|AD|NSP cmdline=OK|AD|NSP}), and
 * over a fixture tree (a root path containing "fixture") {@code environ} and {@code
 * memory_footprint} too.
 */
public final class RestrictedProcReaderMain {
  private RestrictedProcReaderMain() {}

  public static void main(String[] args) {
    boolean fixture = args[0].contains("fixture");
    LinuxPlatform.Builder builder = LinuxPlatform.builder().procRoot(Paths.get(args[0]));
    if (fixture) {
      // a captured tree has no /proc/self/auxv of the reader: the capture's constants
      builder.constants(KernelConstants.of(100, 4096)).warningStream(null);
    }
    LinuxPlatform platform = builder.build();
    System.out.println(
        "pids "
            + Arrays.stream(platform.pids())
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(",")));
    System.out.println("self " + ProcessHandle.current().pid());
    for (int i = 1; i < args.length; i++) {
      int pid = Integer.parseInt(args[i]);
      String line;
      try {
        Process p = Process.of(platform, pid);
        line = "name=" + outcome(p::name) + " cmdline=" + outcome(p::cmdline);
        if (fixture) {
          line += " environ=" + outcome(p::environ) + " footprint=" + outcome(p::memoryFootprint);
        }
      } catch (RuntimeException e) {
        line = "name=" + code(e) + " cmdline=" + code(e);
      }
      System.out.println("pid " + pid + " " + line);
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

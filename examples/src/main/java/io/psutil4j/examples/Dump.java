package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.Psutil;
import io.psutil4j.ZombieProcess;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * {@code dump [--pid PID]}: one JSON object keyed by psutil's function names, lining up key for key
 * with psutil's output on the same host (CONTRACT.md).
 */
final class Dump implements Command {
  @Override
  public String name() {
    return "dump";
  }

  @Override
  public String arguments() {
    return "[--pid PID]";
  }

  @Override
  public String summary() {
    return "everything psutil4j reads, as one JSON object with psutil's names";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "--pid");
    long pid = ProcessHandle.current().pid();
    int at = args.indexOf("--pid");
    if (at >= 0) {
      if (at + 1 >= args.size()) {
        throw new UsageException("--pid needs a process id");
      }
      pid = parsePid(args.get(at + 1));
    }
    Process process;
    try {
      process = Process.of(pid);
    } catch (NoSuchProcess e) {
      err.println("psutil4j dump: no process with pid " + pid);
      return 1;
    }
    Map<String, Object> dump = new LinkedHashMap<>();
    dump.put("cpu_count", cpuCount());
    dump.put("cpu_times", Psutil.cpuTimes());
    dump.put("cpu_times_percpu", Psutil.cpuTimesPercpu());
    dump.put("getloadavg", Psutil.getloadavg().toArray());
    dump.put("virtual_memory", Psutil.virtualMemory());
    dump.put("swap_memory", Psutil.swapMemory());
    dump.put("boot_time", Psutil.bootTime());
    // ---- containers: cgroup and pressure (issue 7; not in psutil) ----
    try {
      dump.put("cgroup", Psutil.cgroup((int) pid));
    } catch (NoSuchProcess e) {
      err.println("psutil4j dump: process " + pid + " ended while being read");
      return 1;
    } catch (UnsupportedOperationException e) {
      dump.put("cgroup", null);
    }
    dump.put("pressure", Psutil.pressure());
    try {
      dump.put("process", processDict(process));
    } catch (NoSuchProcess e) {
      err.println("psutil4j dump: process " + pid + " ended while being read");
      return 1;
    }
    out.println(Json.write(dump));
    return 0;
  }

  private static long parsePid(String text) throws UsageException {
    try {
      long pid = Long.parseLong(text);
      if (pid < 0) {
        throw new UsageException("--pid must be a process id >= 0, got '" + text + "'");
      }
      return pid;
    } catch (NumberFormatException e) {
      throw new UsageException("--pid must be a process id, got '" + text + "'");
    }
  }

  private static Map<String, Object> cpuCount() {
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("logical", boxed(Psutil.cpuCount(true)));
    counts.put("physical", boxed(Psutil.cpuCount(false)));
    return counts;
  }

  private static Integer boxed(OptionalInt n) {
    return n.isPresent() ? n.getAsInt() : null;
  }

  /** as_dict(ad_value=None): an attribute the kernel denies is null. */
  private static Map<String, Object> processDict(Process p) {
    Map<String, Object> d = new LinkedHashMap<>();
    Process.Oneshot scope = p.oneshot();
    try {
      d.put("pid", p.pid());
      d.put("ppid", attr(p::ppid));
      d.put("name", attr(p::name));
      d.put("cmdline", attr(p::cmdline));
      d.put("create_time", attr(p::createTime));
      d.put("num_fds", attr(p::numFds));
      d.put("num_threads", attr(p::numThreads));
      d.put("num_ctx_switches", attr(p::numCtxSwitches));
      d.put("memory_info", attr(p::memoryInfo));
    } finally {
      scope.close();
    }
    return d;
  }

  private static Object attr(Supplier<?> getter) {
    try {
      return getter.get();
    } catch (ZombieProcess | AccessDenied e) {
      return null;
    }
  }
}

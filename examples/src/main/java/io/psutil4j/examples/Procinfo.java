package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.IoNice;
import io.psutil4j.MemoryMap;
import io.psutil4j.NamedTuple;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.OpenFile;
import io.psutil4j.Process;
import io.psutil4j.ProcessCpuTimes;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.ProcessStatus;
import io.psutil4j.ResourceLimit;
import io.psutil4j.ThreadTimes;
import io.psutil4j.ZombieProcess;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/** psutil's {@code scripts/procinfo.py}: everything about one process, section by section. */
final class Procinfo implements Command {
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  @Override
  public String name() {
    return "procinfo";
  }

  @Override
  public String arguments() {
    return "<pid>";
  }

  @Override
  public String summary() {
    return "everything about one process";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    if (args.size() != 1) {
      throw new UsageException("needs exactly one pid");
    }
    int pid = Args.positiveInt("pid", args.get(0));
    Process p;
    try {
      p = Process.of(pid);
    } catch (ZombieProcess e) {
      err.println("psutil4j procinfo: " + e.getMessage());
      return 1;
    } catch (NoSuchProcess e) {
      err.println("psutil4j procinfo: no process with pid " + pid);
      return 1;
    }
    try {
      // a zombie prints what it still has, as procinfo.py's as_dict does; only a call that needs
      // more than that fails, and says it is a zombie rather than gone
      print(p, out);
    } catch (ZombieProcess e) {
      err.println("psutil4j procinfo: " + e.getMessage());
      return 1;
    } catch (NoSuchProcess e) {
      err.println("psutil4j procinfo: process " + pid + " ended while being read");
      return 1;
    }
    return 0;
  }

  /** as_dict's ad_value here: tells "denied" apart from a None answer (no terminal). */
  private static final Object DENIED = new Object();

  private static void print(Process p, PrintStream out) {
    Map<String, Object> raw = p.asDict(null, DENIED);
    Map<String, Object> d = new java.util.HashMap<>();
    raw.forEach((k, v) -> d.put(k, v == DENIED ? null : v));
    line(out, "pid", p.pid());
    line(out, "name", d.get("name"));
    String parent = "";
    try {
      parent = p.parent().map(pp -> pp.pid() + " (" + pp.name() + ")").orElse("");
    } catch (AccessDenied e) {
      parent = "";
    }
    line(out, "parent", parent);
    line(out, "exe", d.get("exe"));
    line(out, "cwd", d.get("cwd"));
    @SuppressWarnings("unchecked")
    List<String> cmdline = (List<String>) d.get("cmdline");
    line(out, "cmdline", cmdline == null ? null : String.join(" ", cmdline));
    line(
        out,
        "started",
        STARTED.format(
            Instant.ofEpochMilli((long) (p.createTime() * 1000)).atZone(ZoneId.systemDefault())));
    ProcessCpuTimes t = (ProcessCpuTimes) d.get("cpu_times");
    if (t != null) {
      line(out, "cpu-tspent", ProcFormat.cpuTimePlus(t.user() + t.system()));
    }
    line(out, "cpu-times", tuple(t));
    line(out, "cpu-affinity", d.get("cpu_affinity"));
    line(out, "cpu-num", d.get("cpu_num"));
    line(out, "memory", tuple((NamedTuple) d.get("memory_info")));
    Object pct = d.get("memory_percent");
    line(out, "memory %", pct == null ? null : ProcFormat.fmt("%.2f", (Double) pct));
    line(out, "user", d.get("username"));
    line(out, "uids", tuple((NamedTuple) d.get("uids")));
    line(out, "gids", tuple((NamedTuple) d.get("gids")));
    line(out, "terminal", raw.get("terminal") == null ? "" : d.get("terminal"));
    Object status = d.get("status");
    line(out, "status", status == null ? null : ((ProcessStatus) status).value());
    line(out, "nice", d.get("nice"));
    IoNice io = (IoNice) d.get("ionice");
    line(out, "ionice", io == null ? null : "class=" + io.ioclass() + ", value=" + io.value());
    line(out, "num-threads", d.get("num_threads"));
    line(out, "num-fds", d.get("num_fds"));
    line(out, "I/O", tuple((NamedTuple) d.get("io_counters")));
    line(out, "ctx-switches", tuple((NamedTuple) d.get("num_ctx_switches")));
    section(
        out,
        "children",
        "PID    NAME",
        () -> {
          StringJoiner j = new StringJoiner("\n");
          for (Process c : p.children()) {
            j.add(ProcFormat.fmt("%-6d %s", c.pid(), safeName(c)));
          }
          return j.toString();
        });
    @SuppressWarnings("unchecked")
    List<OpenFile> files = (List<OpenFile>) d.get("open_files");
    section(
        out,
        "open-files",
        "PATH",
        () -> {
          StringJoiner j = new StringJoiner("\n");
          if (files != null) {
            files.forEach(f -> j.add(f.path()));
          }
          return j.toString();
        });
    @SuppressWarnings("unchecked")
    List<ThreadTimes> threads = (List<ThreadTimes>) d.get("threads");
    section(
        out,
        "threads",
        "TID              USER          SYSTEM",
        () -> {
          StringJoiner j = new StringJoiner("\n");
          if (threads != null) {
            threads.forEach(
                th ->
                    j.add(
                        ProcFormat.fmt(
                            "%-8d %12.2f %15.2f", th.id(), th.userTime(), th.systemTime())));
          }
          return j.toString();
        });
    section(
        out,
        "res-limits",
        "RLIMIT                     SOFT       HARD",
        () -> {
          StringJoiner j = new StringJoiner("\n");
          for (ProcessRlimit r : ProcessRlimit.values()) {
            ResourceLimit l = p.rlimit(r);
            j.add(
                ProcFormat.fmt(
                    "%-20s %10s %10s",
                    r.name().substring(7).toLowerCase(Locale.ROOT),
                    limit(l.soft()),
                    limit(l.hard())));
          }
          return j.toString();
        });
    @SuppressWarnings("unchecked")
    List<MemoryMap> maps = (List<MemoryMap>) d.get("memory_maps");
    section(
        out,
        "mem-maps",
        "RSS      PATH",
        () -> {
          StringJoiner j = new StringJoiner("\n");
          if (maps != null) {
            maps.stream()
                .sorted(Comparator.comparingLong(MemoryMap::rss).reversed())
                .forEach(m -> j.add(ProcFormat.fmt("%-8s %s", Bytes.human(m.rss()), m.path())));
          }
          return j.toString();
        });
  }

  private static String safeName(Process p) {
    try {
      return p.name();
    } catch (NoSuchProcess | AccessDenied e) {
      return "?";
    }
  }

  private static String limit(long v) {
    return v == ProcessRlimit.RLIM_INFINITY ? "infinity" : Long.toString(v);
  }

  private static String tuple(NamedTuple t) {
    if (t == null) {
      return null;
    }
    StringJoiner j = new StringJoiner(", ");
    t.asDict().forEach((k, v) -> j.add(k + "=" + v));
    return j.toString();
  }

  private static void line(PrintStream out, String title, Object value) {
    out.println(ProcFormat.fmt("%-13s %s", title, value == null ? "[access denied]" : value));
  }

  private static void section(PrintStream out, String title, String header, Supplier<String> body) {
    String text;
    try {
      text = body.get();
    } catch (AccessDenied | ZombieProcess e) {
      line(out, title, null);
      return;
    }
    if (text.isEmpty()) {
      return;
    }
    out.println(ProcFormat.fmt("%-13s %s", title, header));
    for (String l : text.split("\n")) {
      out.println(ProcFormat.fmt("%-13s %s", "", l));
    }
  }
}

package io.psutil4j.examples;

import io.psutil4j.AccessDenied;
import io.psutil4j.Connection;
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
import io.psutil4j.SocketType;
import io.psutil4j.ThreadTimes;
import io.psutil4j.ZombieProcess;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * psutil's {@code scripts/procinfo.py}: everything about one process, section by section. As the
 * script: a denied value prints empty, long lists stop after 4 entries with {@code [...]} unless
 * {@code -v}, rlimits carry the script's names in the order of psutil's RLIMIT_* constants. One
 * deliberate difference: the second {@code uids} line of the script (a slip) is {@code gids}.
 */
final class Procinfo implements Command {
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
  private static final int NON_VERBOSE_ITERATIONS = 4;
  private static final String CUT = "[...]";

  /** The script's RLIMITS_MAP, keyed and so sorted as dir(psutil) lists the constants. */
  private static final Map<String, String> RLIMIT_NAMES = new TreeMap<>();

  static {
    String[][] names = {
      {"RLIMIT_AS", "virtualmem"},
      {"RLIMIT_CORE", "coredumpsize"},
      {"RLIMIT_CPU", "cputime"},
      {"RLIMIT_DATA", "datasize"},
      {"RLIMIT_FSIZE", "filesize"},
      {"RLIMIT_LOCKS", "locks"},
      {"RLIMIT_MEMLOCK", "memlock"},
      {"RLIMIT_MSGQUEUE", "msgqueue"},
      {"RLIMIT_NICE", "nice"},
      {"RLIMIT_NOFILE", "openfiles"},
      {"RLIMIT_NPROC", "maxprocesses"},
      {"RLIMIT_RSS", "rss"},
      {"RLIMIT_RTPRIO", "realtimeprio"},
      {"RLIMIT_RTTIME", "rtimesched"},
      {"RLIMIT_SIGPENDING", "sigspending"},
      {"RLIMIT_STACK", "stack"}
    };
    for (String[] n : names) {
      RLIMIT_NAMES.put(n[0], n[1]);
    }
  }

  @Override
  public String name() {
    return "procinfo";
  }

  @Override
  public String arguments() {
    return "<pid> [-v]";
  }

  @Override
  public String summary() {
    return "everything about one process";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    List<String> rest = new ArrayList<>(args);
    boolean verbose = rest.remove("-v");
    verbose |= rest.remove("--verbose"); // both spellings leave the arguments
    if (rest.size() != 1) {
      throw new UsageException("needs exactly one pid");
    }
    int pid = Args.positiveInt("pid", rest.get(0));
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
      // a zombie prints what it still has, as procinfo.py's as_dict does
      new Report(p, verbose, out).print();
    } catch (ZombieProcess e) {
      err.println("psutil4j procinfo: " + e.getMessage());
      return 1;
    } catch (NoSuchProcess e) {
      err.println("psutil4j procinfo: process " + pid + " ended while being read");
      return 1;
    }
    return 0;
  }

  /** One process's report: as_dict once, then the script's sections in its order. */
  private static final class Report {
    private final Process p;
    private final boolean verbose;
    private final PrintStream out;
    private final Map<String, Object> d;

    Report(Process p, boolean verbose, PrintStream out) {
      this.p = p;
      this.verbose = verbose;
      this.out = out;
      this.d = p.asDict(null, null); // ad_value None: the script's ACCESS_DENIED prints empty
    }

    void print() {
      line("pid", p.pid());
      line("name", d.get("name"));
      line("parent", d.get("ppid") + " " + parentName());
      line("exe", d.get("exe"));
      line("cwd", d.get("cwd"));
      line("cmdline", d.get("cmdline") == null ? null : String.join(" ", list("cmdline")));
      Object created = d.get("create_time");
      line(
          "started",
          created == null
              ? null
              : STARTED.format(
                  Instant.ofEpochMilli((long) ((Double) created * 1000))
                      .atZone(ZoneId.systemDefault())));
      ProcessCpuTimes t = (ProcessCpuTimes) d.get("cpu_times");
      line("cpu-tspent", t == null ? null : tspent(t));
      line("cpu-times", tuple(t, false));
      line("cpu-affinity", d.get("cpu_affinity"));
      line("memory", tuple((NamedTuple) d.get("memory_info"), true));
      Object pct = d.get("memory_percent");
      line("memory %", pct == null ? null : Py.round2((Double) pct));
      line("user", d.get("username"));
      line("uids", tuple((NamedTuple) d.get("uids"), false));
      line("gids", tuple((NamedTuple) d.get("gids"), false));
      line("terminal", d.get("terminal"));
      Object status = d.get("status");
      line("status", status == null ? null : ((ProcessStatus) status).value());
      line("nice", d.get("nice"));
      IoNice io = (IoNice) d.get("ionice");
      line(
          "ionice",
          io == null ? null : "class=IOPriority." + io.ioclass() + ", value=" + io.value());
      line("num-threads", d.get("num_threads"));
      line("num-fds", d.get("num_fds"));
      line("I/O", tuple((NamedTuple) d.get("io_counters"), true));
      line("ctx-switches", tuple((NamedTuple) d.get("num_ctx_switches"), false));
      children();
      openFiles();
      connections();
      threads();
      rlimits();
      environ();
      memoryMaps();
    }

    private String parentName() {
      try {
        return p.parent().map(pp -> "(" + pp.name() + ")").orElse("");
      } catch (AccessDenied | NoSuchProcess e) {
        return "";
      }
    }

    /** The script's cpu-tspent: M:SS.cc of every cpu_times field summed, as timedelta prints. */
    private static String tspent(ProcessCpuTimes t) {
      double total = 0;
      for (Object v : t.asDict().values()) {
        total += ((Number) v).doubleValue();
      }
      long micros = Math.round(total * 1e6);
      long seconds = micros / 1_000_000;
      String fraction = Long.toString(micros % 1_000_000);
      return (seconds / 60 % 60)
          + ":"
          + Py.format("%02d", seconds % 60)
          + "."
          + fraction.substring(0, Math.min(2, fraction.length()));
    }

    private void children() {
      List<Process> children = p.children();
      if (children.isEmpty()) {
        return;
      }
      line("children", Py.format("%-6s %s", "PID", "NAME"));
      for (Process c : children) {
        try {
          line("", Py.format("%-6s %s", c.pid(), c.name()));
        } catch (AccessDenied e) {
          line("", Py.format("%-6s %s", c.pid(), ""));
        } catch (NoSuchProcess e) {
          // gone meanwhile: the script skips it
        }
      }
    }

    private void openFiles() {
      List<OpenFile> files = list("open_files");
      if (files.isEmpty()) {
        line("open-files", "");
        return;
      }
      line("open-files", "PATH");
      for (int i = 0; i < files.size(); i++) {
        if (cut(i)) {
          break;
        }
        line("", files.get(i).path());
      }
    }

    private void connections() {
      List<Connection> conns = list("net_connections");
      if (conns.isEmpty()) {
        line("connections", "");
        return;
      }
      String template = "%-5s %-25s %-25s %s";
      line("connections", Py.format(template, "PROTO", "LOCAL ADDR", "REMOTE ADDR", "STATUS"));
      for (Connection c : conns) {
        String type =
            c.type() == SocketType.SOCK_STREAM
                ? "TCP"
                : c.type() == SocketType.SOCK_DGRAM ? "UDP" : "UNIX";
        String local = c.laddr().map(a -> a.ip() + ":" + a.port()).orElse(":");
        String remote = c.raddr().map(a -> a.ip() + ":" + a.port()).orElse("*:*");
        line("", Py.format(template, type, local, remote, c.status().value()));
      }
    }

    private void threads() {
      List<ThreadTimes> threads = list("threads");
      if (threads.size() <= 1) {
        line("threads", "");
        return;
      }
      String template = "%-5s %15s %15s";
      line("threads", Py.format(template, "TID", "USER", "SYSTEM"));
      for (int i = 0; i < threads.size(); i++) {
        if (cut(i)) {
          break;
        }
        ThreadTimes th = threads.get(i);
        line("", Py.format(template, th.id(), th.userTime(), th.systemTime()));
      }
      line("", "total=" + threads.size());
    }

    private void rlimits() {
      List<String> rows = new ArrayList<>();
      for (Map.Entry<String, String> r : RLIMIT_NAMES.entrySet()) {
        try {
          ResourceLimit l = p.rlimit(ProcessRlimit.valueOf(r.getKey()));
          rows.add(Py.format("%-20s %10s %10s", r.getValue(), limit(l.soft()), limit(l.hard())));
        } catch (AccessDenied e) {
          // the script leaves a denied limit out
        }
      }
      if (!rows.isEmpty()) {
        line("res-limits", "RLIMIT                     SOFT       HARD");
        rows.forEach(r -> line("", r));
      }
    }

    private void environ() {
      @SuppressWarnings("unchecked")
      Map<String, String> env = (Map<String, String>) d.get("environ");
      if (env == null || env.isEmpty()) {
        return;
      }
      String template = "%-25s %s";
      line("environ", Py.format(template, "NAME", "VALUE"));
      int i = 0;
      for (Map.Entry<String, String> e : new TreeMap<>(env).entrySet()) {
        if (cut(i++)) {
          break;
        }
        line("", Py.format(template, e.getKey(), e.getValue()));
      }
    }

    private void memoryMaps() {
      List<MemoryMap> maps = new ArrayList<>(list("memory_maps"));
      if (maps.isEmpty()) {
        return;
      }
      maps.sort(Comparator.comparingLong(MemoryMap::rss).reversed());
      line("mem-maps", Py.format("%-8s %s", "RSS", "PATH"));
      for (int i = 0; i < maps.size(); i++) {
        if (cut(i)) {
          break;
        }
        MemoryMap m = maps.get(i);
        line("", Py.format("%-8s %s", Bytes.convertBytes(m.rss()), m.path()));
      }
    }

    /** Past the non-verbose length: prints the script's marker and says stop. */
    private boolean cut(int index) {
      if (!verbose && index >= NON_VERBOSE_ITERATIONS) {
        line("", CUT);
        return true;
      }
      return false;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> list(String key) {
      Object v = d.get(key);
      return v == null ? List.of() : (List<T>) v;
    }

    private static String limit(long v) {
      return v == ProcessRlimit.RLIM_INFINITY ? "infinity" : Long.toString(v);
    }

    /** The script's str_ntuple: name=value pairs, byte counts through convert_bytes if asked. */
    private static String tuple(NamedTuple t, boolean bytes2human) {
      if (t == null) {
        return "";
      }
      StringJoiner j = new StringJoiner(", ");
      t.asDict()
          .forEach(
              (k, v) ->
                  j.add(
                      k
                          + "="
                          + (bytes2human && v instanceof Long
                              ? Bytes.convertBytes((Long) v)
                              : Py.str(v))));
      return j.toString();
    }

    /** The script's print_ for a terminal, without its colour: a 13-wide title. */
    private void line(String title, Object value) {
      out.println(Py.format("%-13s %s", title, value == null ? "" : value));
    }
  }
}

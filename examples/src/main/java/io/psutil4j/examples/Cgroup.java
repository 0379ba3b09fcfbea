package io.psutil4j.examples;

import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupIo;
import io.psutil4j.CgroupMemory;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.PsiLine;
import io.psutil4j.Psutil;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * {@code cgroup [--pid PID]}: the limits, usage, throttling and pressure of a process's cgroup
 * (default: this JVM's), and the host's pressure. Not a psutil script: psutil has no cgroup API.
 */
final class Cgroup implements Command {
  @Override
  public String name() {
    return "cgroup";
  }

  @Override
  public String arguments() {
    return "[--pid PID]";
  }

  @Override
  public String summary() {
    return "the cgroup's CPU, memory, pids and I/O limits and usage, and pressure (PSI)";
  }

  @Override
  public int run(List<String> args, PrintStream out, PrintStream err) throws UsageException {
    Args.rejectUnknown(args, "--pid");
    int pid = Args.intOption(args, "--pid", (int) ProcessHandle.current().pid());
    CgroupInfo cg;
    try {
      cg = Psutil.cgroup(pid);
    } catch (NoSuchProcess e) {
      err.println("psutil4j cgroup: no process with pid " + pid);
      return 1;
    }
    String unified = cg.paths().get("unified");
    out.println(
        "cgroup   "
            + cg.version().orElse("?")
            + "  "
            + (unified != null ? unified : cg.paths().getOrDefault("memory", "/")));
    if (cg.cpu().isPresent()) {
      CgroupCpu c = cg.cpu().get();
      out.println(
          "cpu      limit "
              + cpus(c.limit())
              + ", effective "
              + cpus(c.effectiveCpus())
              + ", cpuset "
              + (c.cpusetCpus().isPresent() ? c.cpusetCpus().getAsInt() : "?")
              + " CPUs"
              + (c.weight().isPresent() ? ", weight " + c.weight().getAsLong() : "")
              + (c.shares().isPresent() ? ", shares " + c.shares().getAsLong() : ""));
      out.println(
          "         used "
              + seconds(c.usageUsec())
              + ", throttled "
              + count(c.nrThrottled())
              + " of "
              + count(c.nrPeriods())
              + " periods ("
              + seconds(c.throttledUsec())
              + ")");
    }
    if (cg.memory().isPresent()) {
      CgroupMemory m = cg.memory().get();
      out.println(
          "memory   limit "
              + bytes(m.max())
              + ", high "
              + bytes(m.high())
              + ", used "
              + bytes(m.current())
              + ", peak "
              + bytes(m.peak())
              + ", swap "
              + bytes(m.swapCurrent())
              + " of "
              + bytes(m.swapMax()));
      out.println(
          "         anon "
              + bytes(m.anon())
              + ", file "
              + bytes(m.file())
              + ", kernel "
              + bytes(m.kernel())
              + "; events: max "
              + count(m.eventsMax())
              + ", oom "
              + count(m.eventsOom())
              + ", oom_kill "
              + count(m.eventsOomKill()));
    }
    if (cg.pidsCurrent().isPresent()) {
      out.println("pids     " + count(cg.pidsCurrent()) + " of " + limit(cg.pidsMax()));
    } else {
      // a root group, or no pids controller: no count, so no limit can be told either
      out.println("pids     n/a");
    }
    for (CgroupIo d : cg.io()) {
      out.println(
          "io       "
              + d.device().orElse("?")
              + " read "
              + bytes(d.rbytes())
              + " ("
              + count(d.rios())
              + " ops), written "
              + bytes(d.wbytes())
              + " ("
              + count(d.wios())
              + " ops)");
    }
    out.println("pressure (some avg10 avg60 avg300 %, total s)");
    if (cg.pressure().isPresent()) {
      pressure(out, "cgroup", cg.pressure().get());
    }
    pressure(out, "host", Psutil.pressure());
    return 0;
  }

  private static void pressure(PrintStream out, String whose, PressureInfo p) {
    line(out, whose, "cpu", p.cpu());
    line(out, whose, "memory", p.memory());
    line(out, whose, "io", p.io());
  }

  private static void line(PrintStream out, String whose, String resource, Optional<Psi> psi) {
    Optional<PsiLine> some = psi.flatMap(Psi::some);
    if (!some.isPresent()) {
      return;
    }
    PsiLine l = some.get();
    out.println(
        String.format(
            Locale.ROOT,
            "  %-7s %-7s %6.2f %6.2f %6.2f %12.3f",
            whose,
            resource,
            l.avg10().orElse(0),
            l.avg60().orElse(0),
            l.avg300().orElse(0),
            l.total().orElse(0) / 1e6));
  }

  private static String cpus(OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.2f CPUs", v.getAsDouble()) : "none";
  }

  private static String seconds(OptionalLong micros) {
    return micros.isPresent() ? String.format(Locale.ROOT, "%.1fs", micros.getAsLong() / 1e6) : "?";
  }

  private static String bytes(OptionalLong v) {
    return v.isPresent() ? Bytes.human(v.getAsLong()) : "none";
  }

  private static String count(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "?";
  }

  private static String limit(OptionalLong v) {
    return v.isPresent() ? Long.toString(v.getAsLong()) : "max";
  }
}

package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;

import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.PsiLine;
import io.psutil4j.spi.Platform;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * {@code psutil4j:type=Pressure}: host-wide pressure stall information from /proc/pressure (kernel
 * 4.20+): how much of the time tasks waited for CPU, memory, I/O and interrupt handling. A resource
 * the kernel does not report is null. Not in psutil; read through {@code Psutil.pressure()}.
 */
final class PressureTable {
  static final Source<PressureInfo> HOST_PSI = Source.named("pressure() /proc/pressure/*");

  static final MBeanTable TABLE = table();

  private PressureTable() {}

  /**
   * For each resource and line ("some" tasks, or "full": all non-idle tasks) the kernel writes, the
   * shares of the last 10, 60 and 300 s spent stalled and the total time stalled: CpuSomeAvg10 ...
   * IrqFullTotal. irq has only a "full" line.
   */
  private static MBeanTable table() {
    MBeanTable.Rows<PressureInfo> rows =
        MBeanTable.table(
                MBeanGroup.PRESSURE,
                "Pressure",
                MBeanTable.Naming.SINGLETON,
                "Host-wide pressure stall information, from /proc/pressure; notifies when some"
                    + " avg10 crosses its threshold (checked when a client reads)")
            .from(HOST_PSI);
    lines(rows, "cpu", PressureInfo::cpu, true);
    lines(rows, "memory", PressureInfo::memory, true);
    lines(rows, "io", PressureInfo::io, true);
    lines(rows, "irq", PressureInfo::irq, false);
    return rows.readingAge(Readings.AGE_SUMMARY).build();
  }

  private static void lines(
      MBeanTable.Rows<PressureInfo> rows,
      String resource,
      Function<PressureInfo, Optional<Psi>> of,
      boolean hasSome) {
    if (hasSome) {
      line(rows, resource, of, "some", "some tasks", Psi::some);
    }
    line(rows, resource, of, "full", "all non-idle tasks", Psi::full);
  }

  private static void line(
      MBeanTable.Rows<PressureInfo> rows,
      String resource,
      Function<PressureInfo, Optional<Psi>> of,
      String kind,
      String who,
      Function<Psi, Optional<PsiLine>> line) {
    String name = capitalized(resource) + capitalized(kind);
    String psutil = "pressure()." + resource + "." + kind + ".";
    window(rows, name, psutil, of, line, who, resource, 10, PsiLine::avg10);
    window(rows, name, psutil, of, line, who, resource, 60, PsiLine::avg60);
    window(rows, name, psutil, of, line, who, resource, 300, PsiLine::avg300);
    rows.counter(
            name + "Total",
            DOUBLE,
            "seconds",
            p -> of.apply(p).flatMap(line).map(l -> PsiValues.seconds(l.total())).orElse(null))
        .described("Total time " + who + " stalled on " + resource, psutil + "total");
  }

  private static void window(
      MBeanTable.Rows<PressureInfo> rows,
      String name,
      String psutil,
      Function<PressureInfo, Optional<Psi>> of,
      Function<Psi, Optional<PsiLine>> line,
      String who,
      String resource,
      int seconds,
      Function<PsiLine, OptionalDouble> avg) {
    rows.gauge(
            name + "Avg" + seconds,
            DOUBLE,
            "percent",
            p -> of.apply(p).flatMap(line).map(l -> PsiValues.value(avg.apply(l))).orElse(null))
        .described(
            "Share of the last " + seconds + " s in which " + who + " stalled on " + resource,
            psutil + "avg" + seconds);
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  /**
   * Each refresh also checks the "some" avg10 of every resource against its threshold and notifies
   * when it crosses it: notifications come from refreshes, so they are sent when some client reads
   * an attribute (no thread of ours polls).
   */
  static Readings readings(
      Platform platform, JmxConfig config, Alerts alerts, Readings.Builder readings) {
    double threshold = config.pressureSomeAvg10Percent();
    return readings.with(HOST_PSI, () -> check(platform.pressure(), alerts, threshold)).build();
  }

  private static PressureInfo check(PressureInfo p, Alerts alerts, double threshold) {
    alerts.checkPressure(Alerts.HOST_PRESSURE, "host", p, threshold);
    return p;
  }
}

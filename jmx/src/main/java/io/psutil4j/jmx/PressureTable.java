package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;

import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.spi.Platform;

/**
 * {@code psutil4j:type=Pressure}: host-wide pressure stall information from /proc/pressure (kernel
 * 4.20+): how much of the time tasks waited for CPU, memory, I/O and interrupt handling. A resource
 * the kernel does not report is null. Not in psutil; read through {@code Psutil.pressure()}.
 */
final class PressureTable {
  static final Source<PressureInfo> HOST_PSI = Source.named("pressure() /proc/pressure/*");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.PRESSURE,
              "Pressure",
              MBeanTable.Naming.SINGLETON,
              "Host-wide pressure stall information, from /proc/pressure; notifies when some avg10 crosses its threshold (checked when a client reads)")
          .from(
              HOST_PSI,
              s ->
                  s.gauge(
                          "CpuSomeAvg10",
                          DOUBLE,
                          "percent",
                          "pressure().cpu.some.avg10",
                          "Share of the last 10 s in which some tasks stalled on cpu",
                          p -> PsiValues.line(p.cpu(), Psi::some, l -> PsiValues.value(l.avg10())))
                      .gauge(
                          "CpuSomeAvg60",
                          DOUBLE,
                          "percent",
                          "pressure().cpu.some.avg60",
                          "Share of the last 60 s in which some tasks stalled on cpu",
                          p -> PsiValues.line(p.cpu(), Psi::some, l -> PsiValues.value(l.avg60())))
                      .gauge(
                          "CpuSomeAvg300",
                          DOUBLE,
                          "percent",
                          "pressure().cpu.some.avg300",
                          "Share of the last 300 s in which some tasks stalled on cpu",
                          p -> PsiValues.line(p.cpu(), Psi::some, l -> PsiValues.value(l.avg300())))
                      .counter(
                          "CpuSomeTotal",
                          DOUBLE,
                          "seconds",
                          "pressure().cpu.some.total",
                          "Total time some tasks stalled on cpu",
                          p ->
                              PsiValues.line(p.cpu(), Psi::some, l -> PsiValues.seconds(l.total())))
                      .gauge(
                          "CpuFullAvg10",
                          DOUBLE,
                          "percent",
                          "pressure().cpu.full.avg10",
                          "Share of the last 10 s in which all non-idle tasks stalled on cpu",
                          p -> PsiValues.line(p.cpu(), Psi::full, l -> PsiValues.value(l.avg10())))
                      .gauge(
                          "CpuFullAvg60",
                          DOUBLE,
                          "percent",
                          "pressure().cpu.full.avg60",
                          "Share of the last 60 s in which all non-idle tasks stalled on cpu",
                          p -> PsiValues.line(p.cpu(), Psi::full, l -> PsiValues.value(l.avg60())))
                      .gauge(
                          "CpuFullAvg300",
                          DOUBLE,
                          "percent",
                          "pressure().cpu.full.avg300",
                          "Share of the last 300 s in which all non-idle tasks stalled on cpu",
                          p -> PsiValues.line(p.cpu(), Psi::full, l -> PsiValues.value(l.avg300())))
                      .counter(
                          "CpuFullTotal",
                          DOUBLE,
                          "seconds",
                          "pressure().cpu.full.total",
                          "Total time all non-idle tasks stalled on cpu",
                          p ->
                              PsiValues.line(p.cpu(), Psi::full, l -> PsiValues.seconds(l.total())))
                      .gauge(
                          "MemorySomeAvg10",
                          DOUBLE,
                          "percent",
                          "pressure().memory.some.avg10",
                          "Share of the last 10 s in which some tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::some, l -> PsiValues.value(l.avg10())))
                      .gauge(
                          "MemorySomeAvg60",
                          DOUBLE,
                          "percent",
                          "pressure().memory.some.avg60",
                          "Share of the last 60 s in which some tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::some, l -> PsiValues.value(l.avg60())))
                      .gauge(
                          "MemorySomeAvg300",
                          DOUBLE,
                          "percent",
                          "pressure().memory.some.avg300",
                          "Share of the last 300 s in which some tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::some, l -> PsiValues.value(l.avg300())))
                      .counter(
                          "MemorySomeTotal",
                          DOUBLE,
                          "seconds",
                          "pressure().memory.some.total",
                          "Total time some tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::some, l -> PsiValues.seconds(l.total())))
                      .gauge(
                          "MemoryFullAvg10",
                          DOUBLE,
                          "percent",
                          "pressure().memory.full.avg10",
                          "Share of the last 10 s in which all non-idle tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::full, l -> PsiValues.value(l.avg10())))
                      .gauge(
                          "MemoryFullAvg60",
                          DOUBLE,
                          "percent",
                          "pressure().memory.full.avg60",
                          "Share of the last 60 s in which all non-idle tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::full, l -> PsiValues.value(l.avg60())))
                      .gauge(
                          "MemoryFullAvg300",
                          DOUBLE,
                          "percent",
                          "pressure().memory.full.avg300",
                          "Share of the last 300 s in which all non-idle tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::full, l -> PsiValues.value(l.avg300())))
                      .counter(
                          "MemoryFullTotal",
                          DOUBLE,
                          "seconds",
                          "pressure().memory.full.total",
                          "Total time all non-idle tasks stalled on memory",
                          p ->
                              PsiValues.line(
                                  p.memory(), Psi::full, l -> PsiValues.seconds(l.total())))
                      .gauge(
                          "IoSomeAvg10",
                          DOUBLE,
                          "percent",
                          "pressure().io.some.avg10",
                          "Share of the last 10 s in which some tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::some, l -> PsiValues.value(l.avg10())))
                      .gauge(
                          "IoSomeAvg60",
                          DOUBLE,
                          "percent",
                          "pressure().io.some.avg60",
                          "Share of the last 60 s in which some tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::some, l -> PsiValues.value(l.avg60())))
                      .gauge(
                          "IoSomeAvg300",
                          DOUBLE,
                          "percent",
                          "pressure().io.some.avg300",
                          "Share of the last 300 s in which some tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::some, l -> PsiValues.value(l.avg300())))
                      .counter(
                          "IoSomeTotal",
                          DOUBLE,
                          "seconds",
                          "pressure().io.some.total",
                          "Total time some tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::some, l -> PsiValues.seconds(l.total())))
                      .gauge(
                          "IoFullAvg10",
                          DOUBLE,
                          "percent",
                          "pressure().io.full.avg10",
                          "Share of the last 10 s in which all non-idle tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::full, l -> PsiValues.value(l.avg10())))
                      .gauge(
                          "IoFullAvg60",
                          DOUBLE,
                          "percent",
                          "pressure().io.full.avg60",
                          "Share of the last 60 s in which all non-idle tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::full, l -> PsiValues.value(l.avg60())))
                      .gauge(
                          "IoFullAvg300",
                          DOUBLE,
                          "percent",
                          "pressure().io.full.avg300",
                          "Share of the last 300 s in which all non-idle tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::full, l -> PsiValues.value(l.avg300())))
                      .counter(
                          "IoFullTotal",
                          DOUBLE,
                          "seconds",
                          "pressure().io.full.total",
                          "Total time all non-idle tasks stalled on io",
                          p -> PsiValues.line(p.io(), Psi::full, l -> PsiValues.seconds(l.total())))
                      .gauge(
                          "IrqFullAvg10",
                          DOUBLE,
                          "percent",
                          "pressure().irq.full.avg10",
                          "Share of the last 10 s in which all non-idle tasks stalled on irq",
                          p -> PsiValues.line(p.irq(), Psi::full, l -> PsiValues.value(l.avg10())))
                      .gauge(
                          "IrqFullAvg60",
                          DOUBLE,
                          "percent",
                          "pressure().irq.full.avg60",
                          "Share of the last 60 s in which all non-idle tasks stalled on irq",
                          p -> PsiValues.line(p.irq(), Psi::full, l -> PsiValues.value(l.avg60())))
                      .gauge(
                          "IrqFullAvg300",
                          DOUBLE,
                          "percent",
                          "pressure().irq.full.avg300",
                          "Share of the last 300 s in which all non-idle tasks stalled on irq",
                          p -> PsiValues.line(p.irq(), Psi::full, l -> PsiValues.value(l.avg300())))
                      .counter(
                          "IrqFullTotal",
                          DOUBLE,
                          "seconds",
                          "pressure().irq.full.total",
                          "Total time all non-idle tasks stalled on irq",
                          p ->
                              PsiValues.line(
                                  p.irq(), Psi::full, l -> PsiValues.seconds(l.total()))))
          .build();

  private PressureTable() {}

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
    alerts.check(
        Alerts.HOST_PRESSURE + ".cpu",
        PsiValues.someAvg10(p.cpu()),
        threshold,
        "host CPU pressure");
    alerts.check(
        Alerts.HOST_PRESSURE + ".memory",
        PsiValues.someAvg10(p.memory()),
        threshold,
        "host memory pressure");
    alerts.check(
        Alerts.HOST_PRESSURE + ".io", PsiValues.someAvg10(p.io()), threshold, "host I/O pressure");
    return p;
  }
}

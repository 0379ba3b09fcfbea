package io.psutil4j.jmx;

import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.PsiLine;
import io.psutil4j.spi.Platform;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Host-wide PSI, /proc/pressure read once per refresh for every attribute. Each refresh also checks
 * the "some" avg10 of every resource against its threshold and notifies the listeners when it
 * crosses it: notifications come from refreshes, so they are sent when some client reads an
 * attribute (no thread of ours polls).
 */
final class PressureBean implements PressureMXBean {
  private final Snapshot<PressureInfo> snapshot;
  private final Alerts alerts;
  private final double someAvg10Threshold;

  PressureBean(Platform platform, JmxConfig config, Alerts alerts) {
    this.alerts = alerts;
    this.someAvg10Threshold = config.pressureSomeAvg10Percent();
    this.snapshot = new Snapshot<>(() -> check(platform.pressure()), config.cacheMillis());
  }

  private PressureInfo check(PressureInfo p) {
    alerts.check(
        Alerts.HOST_PRESSURE + ".cpu", someAvg10(p.cpu()), someAvg10Threshold, "host CPU pressure");
    alerts.check(
        Alerts.HOST_PRESSURE + ".memory",
        someAvg10(p.memory()),
        someAvg10Threshold,
        "host memory pressure");
    alerts.check(
        Alerts.HOST_PRESSURE + ".io", someAvg10(p.io()), someAvg10Threshold, "host I/O pressure");
    return p;
  }

  static Double someAvg10(Optional<Psi> psi) {
    return psi.flatMap(Psi::some).map(l -> value(l.avg10())).orElse(null);
  }

  private Double psi(
      Function<PressureInfo, Optional<Psi>> resource,
      Function<Psi, Optional<PsiLine>> kind,
      Function<PsiLine, Double> field) {
    PressureInfo p = snapshot.get();
    return p == null ? null : resource.apply(p).flatMap(kind).map(field).orElse(null);
  }

  static Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  static Double seconds(OptionalLong micros) {
    return micros.isPresent() ? micros.getAsLong() / 1e6 : null;
  }

  @Override
  public Double getCpuSomeAvg10() {
    return psi(PressureInfo::cpu, Psi::some, l -> value(l.avg10()));
  }

  @Override
  public Double getCpuSomeAvg60() {
    return psi(PressureInfo::cpu, Psi::some, l -> value(l.avg60()));
  }

  @Override
  public Double getCpuSomeAvg300() {
    return psi(PressureInfo::cpu, Psi::some, l -> value(l.avg300()));
  }

  @Override
  public Double getCpuSomeTotal() {
    return psi(PressureInfo::cpu, Psi::some, l -> seconds(l.total()));
  }

  @Override
  public Double getCpuFullAvg10() {
    return psi(PressureInfo::cpu, Psi::full, l -> value(l.avg10()));
  }

  @Override
  public Double getCpuFullAvg60() {
    return psi(PressureInfo::cpu, Psi::full, l -> value(l.avg60()));
  }

  @Override
  public Double getCpuFullAvg300() {
    return psi(PressureInfo::cpu, Psi::full, l -> value(l.avg300()));
  }

  @Override
  public Double getCpuFullTotal() {
    return psi(PressureInfo::cpu, Psi::full, l -> seconds(l.total()));
  }

  @Override
  public Double getMemorySomeAvg10() {
    return psi(PressureInfo::memory, Psi::some, l -> value(l.avg10()));
  }

  @Override
  public Double getMemorySomeAvg60() {
    return psi(PressureInfo::memory, Psi::some, l -> value(l.avg60()));
  }

  @Override
  public Double getMemorySomeAvg300() {
    return psi(PressureInfo::memory, Psi::some, l -> value(l.avg300()));
  }

  @Override
  public Double getMemorySomeTotal() {
    return psi(PressureInfo::memory, Psi::some, l -> seconds(l.total()));
  }

  @Override
  public Double getMemoryFullAvg10() {
    return psi(PressureInfo::memory, Psi::full, l -> value(l.avg10()));
  }

  @Override
  public Double getMemoryFullAvg60() {
    return psi(PressureInfo::memory, Psi::full, l -> value(l.avg60()));
  }

  @Override
  public Double getMemoryFullAvg300() {
    return psi(PressureInfo::memory, Psi::full, l -> value(l.avg300()));
  }

  @Override
  public Double getMemoryFullTotal() {
    return psi(PressureInfo::memory, Psi::full, l -> seconds(l.total()));
  }

  @Override
  public Double getIoSomeAvg10() {
    return psi(PressureInfo::io, Psi::some, l -> value(l.avg10()));
  }

  @Override
  public Double getIoSomeAvg60() {
    return psi(PressureInfo::io, Psi::some, l -> value(l.avg60()));
  }

  @Override
  public Double getIoSomeAvg300() {
    return psi(PressureInfo::io, Psi::some, l -> value(l.avg300()));
  }

  @Override
  public Double getIoSomeTotal() {
    return psi(PressureInfo::io, Psi::some, l -> seconds(l.total()));
  }

  @Override
  public Double getIoFullAvg10() {
    return psi(PressureInfo::io, Psi::full, l -> value(l.avg10()));
  }

  @Override
  public Double getIoFullAvg60() {
    return psi(PressureInfo::io, Psi::full, l -> value(l.avg60()));
  }

  @Override
  public Double getIoFullAvg300() {
    return psi(PressureInfo::io, Psi::full, l -> value(l.avg300()));
  }

  @Override
  public Double getIoFullTotal() {
    return psi(PressureInfo::io, Psi::full, l -> seconds(l.total()));
  }

  @Override
  public Double getIrqFullAvg10() {
    return psi(PressureInfo::irq, Psi::full, l -> value(l.avg10()));
  }

  @Override
  public Double getIrqFullAvg60() {
    return psi(PressureInfo::irq, Psi::full, l -> value(l.avg60()));
  }

  @Override
  public Double getIrqFullAvg300() {
    return psi(PressureInfo::irq, Psi::full, l -> value(l.avg300()));
  }

  @Override
  public Double getIrqFullTotal() {
    return psi(PressureInfo::irq, Psi::full, l -> seconds(l.total()));
  }
}

package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.CpuFreq;
import io.psutil4j.LoadAverage;
import io.psutil4j.spi.Platform;
import java.util.Optional;
import java.util.OptionalInt;

/** {@code psutil4j:type=Cpu}: all CPUs together. */
final class CpuTable {
  static final Source<OptionalInt> COUNT_LOGICAL = Source.named("cpu_count(logical=True)");
  static final Source<OptionalInt> COUNT_PHYSICAL =
      Source.named("cpu_count(logical=False) /sys/devices/system/cpu topology");
  static final Source<CpuBusy> TIMES = Source.named("cpu_times() cpu_stats() /proc/stat");
  static final Source<LoadAverage> LOAD = Source.named("getloadavg() /proc/loadavg");
  static final Source<Optional<CpuFreq>> FREQ =
      Source.named("cpu_freq() /sys/devices/system/cpu/cpu*/cpufreq");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.CPU,
              "Cpu",
              MBeanTable.Naming.SINGLETON,
              "All CPUs: times, busy percent, counts and load average (psutil cpu_* and getloadavg)")
          .from(
              COUNT_LOGICAL,
              s ->
                  s.gauge(
                      "LogicalCount",
                      INTEGER,
                      "count",
                      "cpu_count(logical=True)",
                      "Online logical CPUs",
                      CpuTable::boxed))
          .from(
              COUNT_PHYSICAL,
              s ->
                  s.gauge(
                      "PhysicalCount",
                      INTEGER,
                      "count",
                      "cpu_count(logical=False)",
                      "Physical cores",
                      CpuTable::boxed))
          .from(
              TIMES,
              s ->
                  s.gauge(
                          "Percent",
                          DOUBLE,
                          "percent",
                          "cpu_percent()",
                          "Busy share of all CPUs over the last refresh interval (iowait counts as idle)",
                          c -> c.percent)
                      .counter(
                          "User",
                          DOUBLE,
                          "seconds",
                          "cpu_times().user",
                          "Time in user mode, guest included",
                          c -> c.times.user())
                      .counter(
                          "System",
                          DOUBLE,
                          "seconds",
                          "cpu_times().system",
                          "Time in kernel mode",
                          c -> c.times.system())
                      .counter(
                          "Idle",
                          DOUBLE,
                          "seconds",
                          "cpu_times().idle",
                          "Time idle",
                          c -> c.times.idle())
                      .counter(
                          "Nice",
                          DOUBLE,
                          "seconds",
                          "cpu_times().nice",
                          "Time in niced user mode, guest_nice included",
                          c -> c.times.nice())
                      .counter(
                          "Iowait",
                          DOUBLE,
                          "seconds",
                          "cpu_times().iowait",
                          "Time waiting for I/O",
                          c -> c.times.iowait())
                      .counter(
                          "Irq",
                          DOUBLE,
                          "seconds",
                          "cpu_times().irq",
                          "Time serving hardware interrupts",
                          c -> c.times.irq())
                      .counter(
                          "Softirq",
                          DOUBLE,
                          "seconds",
                          "cpu_times().softirq",
                          "Time serving soft interrupts",
                          c -> c.times.softirq())
                      .counter(
                          "Steal",
                          DOUBLE,
                          "seconds",
                          "cpu_times().steal",
                          "Time stolen by the hypervisor",
                          c -> c.times.steal())
                      .counter(
                          "Guest",
                          DOUBLE,
                          "seconds",
                          "cpu_times().guest",
                          "Time running guests",
                          c -> c.times.guest())
                      .counter(
                          "GuestNice",
                          DOUBLE,
                          "seconds",
                          "cpu_times().guest_nice",
                          "Time running niced guests",
                          c -> c.times.guestNice())
                      .counter(
                          "CtxSwitches",
                          LONG,
                          "count",
                          "cpu_stats().ctx_switches",
                          "Context switches since boot",
                          c -> c.stats.ctxSwitches())
                      .counter(
                          "Interrupts",
                          LONG,
                          "count",
                          "cpu_stats().interrupts",
                          "Interrupts since boot",
                          c -> c.stats.interrupts())
                      .counter(
                          "SoftInterrupts",
                          LONG,
                          "count",
                          "cpu_stats().soft_interrupts",
                          "Software interrupts since boot",
                          c -> c.stats.softInterrupts())
                      .counter(
                          "Syscalls",
                          LONG,
                          "count",
                          "cpu_stats().syscalls",
                          "System calls since boot (always 0 on Linux, as in psutil)",
                          c -> c.stats.syscalls()))
          .from(
              LOAD,
              s ->
                  s.gauge(
                          "Load1",
                          DOUBLE,
                          "tasks",
                          "getloadavg()[0]",
                          "Load average over 1 minute",
                          LoadAverage::load1)
                      .gauge(
                          "Load5",
                          DOUBLE,
                          "tasks",
                          "getloadavg()[1]",
                          "Load average over 5 minutes",
                          LoadAverage::load5)
                      .gauge(
                          "Load15",
                          DOUBLE,
                          "tasks",
                          "getloadavg()[2]",
                          "Load average over 15 minutes",
                          LoadAverage::load15))
          .from(
              FREQ,
              s ->
                  s.gauge(
                          "FreqCurrent",
                          DOUBLE,
                          "MHz",
                          "cpu_freq().current",
                          "Current frequency, averaged over CPUs; null without cpufreq",
                          f -> f.map(CpuFreq::current).orElse(null))
                      .gauge(
                          "FreqMin",
                          DOUBLE,
                          "MHz",
                          "cpu_freq().min",
                          "Lowest frequency, averaged over CPUs; null when the kernel does not say",
                          f -> f.flatMap(CpuFreq::min).orElse(null))
                      .gauge(
                          "FreqMax",
                          DOUBLE,
                          "MHz",
                          "cpu_freq().max",
                          "Highest frequency, averaged over CPUs; null when the kernel does not say",
                          f -> f.flatMap(CpuFreq::max).orElse(null)))
          .build();

  private CpuTable() {}

  static Readings readings(Platform platform, Readings.Builder readings) {
    CpuBusy.Reader busy = new CpuBusy.Reader(platform);
    return readings
        .with(COUNT_LOGICAL, platform::cpuCountLogical)
        .with(COUNT_PHYSICAL, platform::cpuCountPhysical)
        .with(TIMES, busy::read)
        .with(LOAD, platform::loadAverage)
        .with(FREQ, () -> CpuFreq.average(platform.cpuFreqPercpu()))
        .build();
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}

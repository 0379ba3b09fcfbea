package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;

/** {@code psutil4j:type=Cpu,name=cpu<N>}: one logical CPU. */
final class CpuCoreTable {
  /** The CPU's share of the per-cpu reading all CPU MBeans share (see {@link CpuCores}). */
  static final Source<CpuCores.Core> PER_CPU =
      Source.named("cpu_times(percpu=True) /proc/stat, cpu_freq(percpu=True) cpufreq");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.PER_CPU,
              "Cpu",
              MBeanTable.Naming.PER_ENTITY,
              "One logical CPU: times, busy percent, frequency (psutil cpu_times/cpu_percent/cpu_freq with percpu=True)")
          .from(
              PER_CPU,
              s ->
                  s.counter(
                          "User",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].user",
                          "Time in user mode",
                          c -> c.times.user())
                      .counter(
                          "System",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].system",
                          "Time in kernel mode",
                          c -> c.times.system())
                      .counter(
                          "Idle",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].idle",
                          "Time in the idle task",
                          c -> c.times.idle())
                      .counter(
                          "Nice",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].nice",
                          "Time in niced user mode",
                          c -> c.times.nice())
                      .counter(
                          "Iowait",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].iowait",
                          "Time in waiting for I/O",
                          c -> c.times.iowait())
                      .counter(
                          "Irq",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].irq",
                          "Time in hardware interrupts",
                          c -> c.times.irq())
                      .counter(
                          "Softirq",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].softirq",
                          "Time in software interrupts",
                          c -> c.times.softirq())
                      .counter(
                          "Steal",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].steal",
                          "Time in other guests (stolen by the hypervisor)",
                          c -> c.times.steal())
                      .counter(
                          "Guest",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].guest",
                          "Time in running guests",
                          c -> c.times.guest())
                      .counter(
                          "GuestNice",
                          DOUBLE,
                          "seconds",
                          "cpu_times(percpu=True)[N].guest_nice",
                          "Time in running niced guests",
                          c -> c.times.guestNice())
                      .gauge(
                          "Percent",
                          DOUBLE,
                          "percent",
                          "cpu_percent(percpu=True)[N]",
                          "Busy share since the previous refresh",
                          c -> c.percent)
                      .gauge(
                          "FreqCurrent",
                          DOUBLE,
                          "MHz",
                          "cpu_freq(percpu=True)[N].current",
                          "Current frequency; null without cpufreq",
                          c -> c.freq == null ? null : c.freq.current())
                      .gauge(
                          "FreqMin",
                          DOUBLE,
                          "MHz",
                          "cpu_freq(percpu=True)[N].min",
                          "Lowest frequency; null when unknown",
                          c -> c.freq == null ? null : c.freq.min().orElse(null))
                      .gauge(
                          "FreqMax",
                          DOUBLE,
                          "MHz",
                          "cpu_freq(percpu=True)[N].max",
                          "Highest frequency; null when unknown",
                          c -> c.freq == null ? null : c.freq.max().orElse(null)))
          .build();

  private CpuCoreTable() {}
}

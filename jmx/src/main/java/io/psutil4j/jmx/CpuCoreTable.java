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
              "One logical CPU, named by the kernel's CPU number: times, busy percent, frequency"
                  + " (psutil cpu_times/cpu_percent/cpu_freq with percpu=True)")
          .from(PER_CPU)
          .counter("User", DOUBLE, "seconds", c -> c.times.user())
          .described("Time in user mode", "cpu_times(percpu=True)[N].user")
          .counter("System", DOUBLE, "seconds", c -> c.times.system())
          .described("Time in kernel mode", "cpu_times(percpu=True)[N].system")
          .counter("Idle", DOUBLE, "seconds", c -> c.times.idle())
          .described("Time in the idle task", "cpu_times(percpu=True)[N].idle")
          .counter("Nice", DOUBLE, "seconds", c -> c.times.nice())
          .described("Time in niced user mode", "cpu_times(percpu=True)[N].nice")
          .counter("Iowait", DOUBLE, "seconds", c -> c.times.iowait())
          .described("Time in waiting for I/O", "cpu_times(percpu=True)[N].iowait")
          .counter("Irq", DOUBLE, "seconds", c -> c.times.irq())
          .described("Time in hardware interrupts", "cpu_times(percpu=True)[N].irq")
          .counter("Softirq", DOUBLE, "seconds", c -> c.times.softirq())
          .described("Time in software interrupts", "cpu_times(percpu=True)[N].softirq")
          .counter("Steal", DOUBLE, "seconds", c -> c.times.steal())
          .described(
              "Time in other guests (stolen by the hypervisor)", "cpu_times(percpu=True)[N].steal")
          .counter("Guest", DOUBLE, "seconds", c -> c.times.guest())
          .described("Time in running guests", "cpu_times(percpu=True)[N].guest")
          .counter("GuestNice", DOUBLE, "seconds", c -> c.times.guestNice())
          .described("Time in running niced guests", "cpu_times(percpu=True)[N].guest_nice")
          .gauge("Percent", DOUBLE, "percent", c -> c.percent)
          .described("Busy share since the previous refresh", "cpu_percent(percpu=True)[N]")
          .gauge("FreqCurrent", DOUBLE, "MHz", c -> c.freq == null ? null : c.freq.current())
          .described("Current frequency; null without cpufreq", "cpu_freq(percpu=True)[N].current")
          .gauge("FreqMin", DOUBLE, "MHz", c -> c.freq == null ? null : c.freq.min().orElse(null))
          .described("Lowest frequency; null when unknown", "cpu_freq(percpu=True)[N].min")
          .gauge("FreqMax", DOUBLE, "MHz", c -> c.freq == null ? null : c.freq.max().orElse(null))
          .described("Highest frequency; null when unknown", "cpu_freq(percpu=True)[N].max")
          .readingAge(Entities.readingAgeSummary("per-CPU", "every CPU"))
          .build();

  private CpuCoreTable() {}
}

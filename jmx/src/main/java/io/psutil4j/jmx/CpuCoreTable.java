package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;

import io.psutil4j.CpuFreq;
import io.psutil4j.CpuTimes;

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
          .from(PER_CPU, "cpu_times(percpu=True)[N]")
          .counter("User", CpuTimes.USER, c -> c.times.user())
          .described("Time in user mode")
          .counter("System", CpuTimes.SYSTEM, c -> c.times.system())
          .described("Time in kernel mode")
          .counter("Idle", CpuTimes.IDLE, c -> c.times.idle())
          .described("Time in the idle task")
          .counter("Nice", CpuTimes.NICE, c -> c.times.nice())
          .described("Time in niced user mode")
          .counter("Iowait", CpuTimes.IOWAIT, c -> c.times.iowait())
          .described("Time in waiting for I/O")
          .counter("Irq", CpuTimes.IRQ, c -> c.times.irq())
          .described("Time in hardware interrupts")
          .counter("Softirq", CpuTimes.SOFTIRQ, c -> c.times.softirq())
          .described("Time in software interrupts")
          .counter("Steal", CpuTimes.STEAL, c -> c.times.steal())
          .described("Time in other guests (stolen by the hypervisor)")
          .counter("Guest", CpuTimes.GUEST, c -> c.times.guest())
          .described("Time in running guests")
          .counter("GuestNice", CpuTimes.GUEST_NICE, c -> c.times.guestNice())
          .described("Time in running niced guests")
          .gauge("Percent", DOUBLE, "percent", c -> c.percent)
          .described("Busy share since the previous refresh", "cpu_percent(percpu=True)[N]")
          .from(PER_CPU, "cpu_freq(percpu=True)[N]")
          .gauge("FreqCurrent", CpuFreq.CURRENT, c -> c.freq == null ? null : c.freq.current())
          .described("Current frequency; null without cpufreq")
          .gauge("FreqMin", CpuFreq.MIN, c -> c.freq == null ? null : c.freq.min().orElse(null))
          .described("Lowest frequency; null when unknown")
          .gauge("FreqMax", CpuFreq.MAX, c -> c.freq == null ? null : c.freq.max().orElse(null))
          .described("Highest frequency; null when unknown")
          .readingAge(Entities.readingAgeSummary("per-CPU", "every CPU"))
          .build();

  private CpuCoreTable() {}
}

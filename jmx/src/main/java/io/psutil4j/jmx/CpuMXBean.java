package io.psutil4j.jmx;

/** {@code psutil4j:type=Cpu}: all CPUs together. */
public interface CpuMXBean {
  @Metric(summary = "Online logical CPUs", unit = "count", psutil = "cpu_count(logical=True)")
  Integer getLogicalCount();

  @Metric(summary = "Physical cores", unit = "count", psutil = "cpu_count(logical=False)")
  Integer getPhysicalCount();

  @Metric(
      summary = "Busy share of all CPUs over the last refresh interval (iowait counts as idle)",
      unit = "percent",
      psutil = "cpu_percent()")
  Double getPercent();

  @Metric(
      summary = "Time in user mode, guest included",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().user")
  Double getUser();

  @Metric(
      summary = "Time in kernel mode",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().system")
  Double getSystem();

  @Metric(
      summary = "Time idle",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().idle")
  Double getIdle();

  @Metric(
      summary = "Time in niced user mode, guest_nice included",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().nice")
  Double getNice();

  @Metric(
      summary = "Time waiting for I/O",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().iowait")
  Double getIowait();

  @Metric(
      summary = "Time serving hardware interrupts",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().irq")
  Double getIrq();

  @Metric(
      summary = "Time serving soft interrupts",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().softirq")
  Double getSoftirq();

  @Metric(
      summary = "Time stolen by the hypervisor",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().steal")
  Double getSteal();

  @Metric(
      summary = "Time running guests",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().guest")
  Double getGuest();

  @Metric(
      summary = "Time running niced guests",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times().guest_nice")
  Double getGuestNice();

  @Metric(summary = "Load average over 1 minute", unit = "tasks", psutil = "getloadavg()[0]")
  Double getLoad1();

  @Metric(summary = "Load average over 5 minutes", unit = "tasks", psutil = "getloadavg()[1]")
  Double getLoad5();

  @Metric(summary = "Load average over 15 minutes", unit = "tasks", psutil = "getloadavg()[2]")
  Double getLoad15();

  // ---- issue 5: cpu_stats and cpu_freq ----

  @Metric(
      summary = "Context switches since boot",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "cpu_stats().ctx_switches")
  Long getCtxSwitches();

  @Metric(
      summary = "Interrupts since boot",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "cpu_stats().interrupts")
  Long getInterrupts();

  @Metric(
      summary = "Software interrupts since boot",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "cpu_stats().soft_interrupts")
  Long getSoftInterrupts();

  @Metric(
      summary = "System calls since boot (always 0 on Linux, as in psutil)",
      unit = "count",
      type = Metric.COUNTER,
      psutil = "cpu_stats().syscalls")
  Long getSyscalls();

  @Metric(
      summary = "Current frequency, averaged over CPUs; null without cpufreq",
      unit = "MHz",
      psutil = "cpu_freq().current")
  Double getFreqCurrent();

  @Metric(
      summary = "Lowest frequency, averaged over CPUs; null when the kernel does not say",
      unit = "MHz",
      psutil = "cpu_freq().min")
  Double getFreqMin();

  @Metric(
      summary = "Highest frequency, averaged over CPUs; null when the kernel does not say",
      unit = "MHz",
      psutil = "cpu_freq().max")
  Double getFreqMax();
}

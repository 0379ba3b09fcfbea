package io.psutil4j.jmx;

/** {@code psutil4j:type=Cpu,name=cpu<N>}: one logical CPU. */
public interface CpuCoreMXBean {
  @Metric(
      summary = "Time in user mode",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].user")
  Double getUser();

  @Metric(
      summary = "Time in kernel mode",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].system")
  Double getSystem();

  @Metric(
      summary = "Time in the idle task",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].idle")
  Double getIdle();

  @Metric(
      summary = "Time in niced user mode",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].nice")
  Double getNice();

  @Metric(
      summary = "Time in waiting for I/O",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].iowait")
  Double getIowait();

  @Metric(
      summary = "Time in hardware interrupts",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].irq")
  Double getIrq();

  @Metric(
      summary = "Time in software interrupts",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].softirq")
  Double getSoftirq();

  @Metric(
      summary = "Time in other guests (stolen by the hypervisor)",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].steal")
  Double getSteal();

  @Metric(
      summary = "Time in running guests",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].guest")
  Double getGuest();

  @Metric(
      summary = "Time in running niced guests",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "cpu_times(percpu=True)[N].guest_nice")
  Double getGuestNice();

  @Metric(
      summary = "Busy share since the previous refresh",
      unit = "percent",
      psutil = "cpu_percent(percpu=True)[N]")
  Double getPercent();

  @Metric(
      summary = "Current frequency; null without cpufreq",
      unit = "MHz",
      psutil = "cpu_freq(percpu=True)[N].current")
  Double getFreqCurrent();

  @Metric(
      summary = "Lowest frequency; null when unknown",
      unit = "MHz",
      psutil = "cpu_freq(percpu=True)[N].min")
  Double getFreqMin();

  @Metric(
      summary = "Highest frequency; null when unknown",
      unit = "MHz",
      psutil = "cpu_freq(percpu=True)[N].max")
  Double getFreqMax();
}

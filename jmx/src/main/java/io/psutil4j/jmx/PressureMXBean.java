package io.psutil4j.jmx;

/**
 * {@code psutil4j:type=Pressure}: host-wide pressure stall information from /proc/pressure (kernel
 * 4.20+): how much of the time tasks waited for CPU, memory, I/O and interrupt handling. A resource
 * the kernel does not report is null. Not in psutil; read through {@code Psutil.pressure()}.
 */
public interface PressureMXBean {
  @Metric(
      summary = "Share of the last 10 s in which some tasks stalled on cpu",
      unit = "percent",
      psutil = "pressure().cpu.some.avg10")
  Double getCpuSomeAvg10();

  @Metric(
      summary = "Share of the last 60 s in which some tasks stalled on cpu",
      unit = "percent",
      psutil = "pressure().cpu.some.avg60")
  Double getCpuSomeAvg60();

  @Metric(
      summary = "Share of the last 300 s in which some tasks stalled on cpu",
      unit = "percent",
      psutil = "pressure().cpu.some.avg300")
  Double getCpuSomeAvg300();

  @Metric(
      summary = "Total time some tasks stalled on cpu",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "pressure().cpu.some.total")
  Double getCpuSomeTotal();

  @Metric(
      summary = "Share of the last 10 s in which all non-idle tasks stalled on cpu",
      unit = "percent",
      psutil = "pressure().cpu.full.avg10")
  Double getCpuFullAvg10();

  @Metric(
      summary = "Share of the last 60 s in which all non-idle tasks stalled on cpu",
      unit = "percent",
      psutil = "pressure().cpu.full.avg60")
  Double getCpuFullAvg60();

  @Metric(
      summary = "Share of the last 300 s in which all non-idle tasks stalled on cpu",
      unit = "percent",
      psutil = "pressure().cpu.full.avg300")
  Double getCpuFullAvg300();

  @Metric(
      summary = "Total time all non-idle tasks stalled on cpu",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "pressure().cpu.full.total")
  Double getCpuFullTotal();

  @Metric(
      summary = "Share of the last 10 s in which some tasks stalled on memory",
      unit = "percent",
      psutil = "pressure().memory.some.avg10")
  Double getMemorySomeAvg10();

  @Metric(
      summary = "Share of the last 60 s in which some tasks stalled on memory",
      unit = "percent",
      psutil = "pressure().memory.some.avg60")
  Double getMemorySomeAvg60();

  @Metric(
      summary = "Share of the last 300 s in which some tasks stalled on memory",
      unit = "percent",
      psutil = "pressure().memory.some.avg300")
  Double getMemorySomeAvg300();

  @Metric(
      summary = "Total time some tasks stalled on memory",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "pressure().memory.some.total")
  Double getMemorySomeTotal();

  @Metric(
      summary = "Share of the last 10 s in which all non-idle tasks stalled on memory",
      unit = "percent",
      psutil = "pressure().memory.full.avg10")
  Double getMemoryFullAvg10();

  @Metric(
      summary = "Share of the last 60 s in which all non-idle tasks stalled on memory",
      unit = "percent",
      psutil = "pressure().memory.full.avg60")
  Double getMemoryFullAvg60();

  @Metric(
      summary = "Share of the last 300 s in which all non-idle tasks stalled on memory",
      unit = "percent",
      psutil = "pressure().memory.full.avg300")
  Double getMemoryFullAvg300();

  @Metric(
      summary = "Total time all non-idle tasks stalled on memory",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "pressure().memory.full.total")
  Double getMemoryFullTotal();

  @Metric(
      summary = "Share of the last 10 s in which some tasks stalled on io",
      unit = "percent",
      psutil = "pressure().io.some.avg10")
  Double getIoSomeAvg10();

  @Metric(
      summary = "Share of the last 60 s in which some tasks stalled on io",
      unit = "percent",
      psutil = "pressure().io.some.avg60")
  Double getIoSomeAvg60();

  @Metric(
      summary = "Share of the last 300 s in which some tasks stalled on io",
      unit = "percent",
      psutil = "pressure().io.some.avg300")
  Double getIoSomeAvg300();

  @Metric(
      summary = "Total time some tasks stalled on io",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "pressure().io.some.total")
  Double getIoSomeTotal();

  @Metric(
      summary = "Share of the last 10 s in which all non-idle tasks stalled on io",
      unit = "percent",
      psutil = "pressure().io.full.avg10")
  Double getIoFullAvg10();

  @Metric(
      summary = "Share of the last 60 s in which all non-idle tasks stalled on io",
      unit = "percent",
      psutil = "pressure().io.full.avg60")
  Double getIoFullAvg60();

  @Metric(
      summary = "Share of the last 300 s in which all non-idle tasks stalled on io",
      unit = "percent",
      psutil = "pressure().io.full.avg300")
  Double getIoFullAvg300();

  @Metric(
      summary = "Total time all non-idle tasks stalled on io",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "pressure().io.full.total")
  Double getIoFullTotal();

  @Metric(
      summary = "Share of the last 10 s in which all non-idle tasks stalled on irq",
      unit = "percent",
      psutil = "pressure().irq.full.avg10")
  Double getIrqFullAvg10();

  @Metric(
      summary = "Share of the last 60 s in which all non-idle tasks stalled on irq",
      unit = "percent",
      psutil = "pressure().irq.full.avg60")
  Double getIrqFullAvg60();

  @Metric(
      summary = "Share of the last 300 s in which all non-idle tasks stalled on irq",
      unit = "percent",
      psutil = "pressure().irq.full.avg300")
  Double getIrqFullAvg300();

  @Metric(
      summary = "Total time all non-idle tasks stalled on irq",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "pressure().irq.full.total")
  Double getIrqFullTotal();
}

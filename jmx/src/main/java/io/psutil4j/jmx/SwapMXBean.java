package io.psutil4j.jmx;

/** {@code psutil4j:type=Swap}: psutil's {@code swap_memory()}. */
public interface SwapMXBean {
  @Metric(summary = "Total swap space (SwapTotal)", unit = "bytes", psutil = "swap_memory().total")
  Long getTotal();

  @Metric(summary = "Swap in use, total - free", unit = "bytes", psutil = "swap_memory().used")
  Long getUsed();

  @Metric(summary = "Swap not in use (SwapFree)", unit = "bytes", psutil = "swap_memory().free")
  Long getFree();

  @Metric(summary = "Share of swap in use", unit = "percent", psutil = "swap_memory().percent")
  Double getPercent();

  @Metric(
      summary = "Bytes swapped in from disk since boot (pswpin x 4096)",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "swap_memory().sin")
  Long getSin();

  @Metric(
      summary = "Bytes swapped out to disk since boot (pswpout x 4096)",
      unit = "bytes",
      type = Metric.COUNTER,
      psutil = "swap_memory().sout")
  Long getSout();
}

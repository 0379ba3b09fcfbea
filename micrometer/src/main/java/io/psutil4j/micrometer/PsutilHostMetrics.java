package io.psutil4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.psutil4j.CpuStats;
import io.psutil4j.CpuTimes;
import io.psutil4j.LoadAverage;
import io.psutil4j.Platforms;
import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import io.psutil4j.spi.Platform;
import java.util.function.ToDoubleFunction;

/**
 * The host's memory, swap, CPU time and load, read by psutil4j-core in the application's own JVM
 * (no agent): psutil's {@code virtual_memory()}, {@code swap_memory()}, {@code cpu_times()}, {@code
 * cpu_stats()} and {@code getloadavg()}.
 *
 * <pre>
 * system.memory.total|available|used|free|cached|buffers   gauge, bytes
 * system.swap.total|used|free                              gauge, bytes
 * system.swap.in|out                                       counter, bytes
 * system.cpu.time{mode=user|nice|system|idle|iowait|irq|softirq|steal}   counter, seconds
 * system.cpu.context.switches, system.cpu.interrupts       counter
 * system.load.average.1m|5m|15m                            gauge
 * </pre>
 *
 * <p>{@code system.load.average.1m} is the name and value Micrometer's {@code ProcessorMetrics}
 * gives too: bound together they share one meter.
 */
public final class PsutilHostMetrics implements MeterBinder {
  private static final String[] CPU_MODES = {
    "user", "nice", "system", "idle", "iowait", "irq", "softirq", "steal"
  };

  private final Platform platform;
  private final Iterable<Tag> tags;

  /** The host this JVM runs on. */
  public PsutilHostMetrics() {
    this(Platforms.current(), Tags.empty());
  }

  /** The host this JVM runs on, every meter with {@code tags}. */
  public PsutilHostMetrics(Iterable<Tag> tags) {
    this(Platforms.current(), tags);
  }

  /** The host {@code platform} reads (e.g. a LinuxPlatform over another /proc root). */
  public PsutilHostMetrics(Platform platform, Iterable<Tag> tags) {
    this.platform = platform;
    this.tags = tags;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Meters meters = new Meters(registry, tags);
    bindMemory(meters);
    bindSwap(meters);
    bindCpu(meters);
    bindLoad(meters);
  }

  private void bindMemory(Meters meters) {
    Reading<VirtualMemory> memory = Reading.of(platform::virtualMemory);
    memoryGauge(meters, memory, "total", "Total physical memory", VirtualMemory::total);
    memoryGauge(
        meters,
        memory,
        "available",
        "Memory that can be given to processes without swapping (MemAvailable)",
        VirtualMemory::available);
    memoryGauge(
        meters,
        memory,
        "used",
        "Memory in use: total - free - buffers - cached",
        VirtualMemory::used);
    memoryGauge(meters, memory, "free", "Memory not used at all (MemFree)", VirtualMemory::free);
    memoryGauge(meters, memory, "cached", "Page cache and reclaimable slab", VirtualMemory::cached);
    memoryGauge(meters, memory, "buffers", "Block device buffers", VirtualMemory::buffers);
  }

  private static void memoryGauge(
      Meters meters,
      Reading<VirtualMemory> memory,
      String field,
      String description,
      ToDoubleFunction<VirtualMemory> value) {
    meters.gauge(
        "system.memory." + field,
        description + " (psutil virtual_memory()." + field + ")",
        BaseUnits.BYTES,
        memory,
        value);
  }

  private void bindSwap(Meters meters) {
    Reading<SwapMemory> swap = Reading.of(platform::swapMemory);
    meters.gauge(
        "system.swap.total",
        "Swap space (psutil swap_memory().total)",
        BaseUnits.BYTES,
        swap,
        SwapMemory::total);
    meters.gauge(
        "system.swap.used",
        "Swap in use (psutil swap_memory().used)",
        BaseUnits.BYTES,
        swap,
        SwapMemory::used);
    meters.gauge(
        "system.swap.free",
        "Swap not in use (psutil swap_memory().free)",
        BaseUnits.BYTES,
        swap,
        SwapMemory::free);
    meters.counter(
        "system.swap.in",
        "Bytes swapped in from disk since boot (psutil swap_memory().sin)",
        BaseUnits.BYTES,
        swap,
        SwapMemory::sin);
    meters.counter(
        "system.swap.out",
        "Bytes swapped out to disk since boot (psutil swap_memory().sout)",
        BaseUnits.BYTES,
        swap,
        SwapMemory::sout);
  }

  private void bindCpu(Meters meters) {
    Reading<CpuTimes> times = Reading.of(platform::cpuTimes);
    for (String mode : CPU_MODES) {
      meters
          .tagged("mode", mode)
          .counter(
              "system.cpu.time",
              "CPU time of all CPUs by mode since boot (psutil cpu_times())",
              "seconds",
              times,
              t -> cpuTime(t, mode));
    }
    Reading<CpuStats> stats = Reading.of(platform::cpuStats);
    meters.counter(
        "system.cpu.context.switches",
        "Context switches since boot (psutil cpu_stats().ctx_switches)",
        null,
        stats,
        CpuStats::ctxSwitches);
    meters.counter(
        "system.cpu.interrupts",
        "Interrupts since boot (psutil cpu_stats().interrupts)",
        null,
        stats,
        CpuStats::interrupts);
  }

  static double cpuTime(CpuTimes t, String mode) {
    switch (mode) {
      case "user":
        return t.user();
      case "nice":
        return t.nice();
      case "system":
        return t.system();
      case "idle":
        return t.idle();
      case "iowait":
        return t.iowait();
      case "irq":
        return t.irq();
      case "softirq":
        return t.softirq();
      case "steal":
        return t.steal();
      default:
        throw new IllegalArgumentException("unknown CPU mode '" + mode + "'");
    }
  }

  private void bindLoad(Meters meters) {
    Reading<LoadAverage> load = Reading.of(platform::loadAverage);
    meters.gauge(
        "system.load.average.1m",
        "Run queue length averaged over 1 minute (psutil getloadavg()[0])",
        null,
        load,
        LoadAverage::load1);
    meters.gauge(
        "system.load.average.5m",
        "Run queue length averaged over 5 minutes (psutil getloadavg()[1])",
        null,
        load,
        LoadAverage::load5);
    meters.gauge(
        "system.load.average.15m",
        "Run queue length averaged over 15 minutes (psutil getloadavg()[2])",
        null,
        load,
        LoadAverage::load15);
  }
}

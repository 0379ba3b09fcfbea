package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;
import static javax.management.openmbean.SimpleType.LONG;

import io.psutil4j.CpuFreq;
import io.psutil4j.LoadAverage;
import io.psutil4j.spi.Platform;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

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
              "All CPUs: times, busy percent, counts and load average (psutil cpu_* and"
                  + " getloadavg)")
          .from(COUNT_LOGICAL)
          .gauge("LogicalCount", INTEGER, "count", CpuTable::boxed)
          .described("Online logical CPUs", "cpu_count(logical=True)")
          .from(COUNT_PHYSICAL)
          .gauge("PhysicalCount", INTEGER, "count", CpuTable::boxed)
          .described("Physical cores", "cpu_count(logical=False)")
          .from(TIMES)
          .gauge("Percent", DOUBLE, "percent", c -> c.percent)
          .described(
              "Busy share of all CPUs over the last refresh interval (iowait counts as idle)",
              "cpu_percent()")
          .counter("User", DOUBLE, "seconds", c -> c.times.user())
          .described("Time in user mode, guest included", "cpu_times().user")
          .counter("System", DOUBLE, "seconds", c -> c.times.system())
          .described("Time in kernel mode", "cpu_times().system")
          .counter("Idle", DOUBLE, "seconds", c -> c.times.idle())
          .described("Time idle", "cpu_times().idle")
          .counter("Nice", DOUBLE, "seconds", c -> c.times.nice())
          .described("Time in niced user mode, guest_nice included", "cpu_times().nice")
          .counter("Iowait", DOUBLE, "seconds", c -> c.times.iowait())
          .described("Time waiting for I/O", "cpu_times().iowait")
          .counter("Irq", DOUBLE, "seconds", c -> c.times.irq())
          .described("Time serving hardware interrupts", "cpu_times().irq")
          .counter("Softirq", DOUBLE, "seconds", c -> c.times.softirq())
          .described("Time serving soft interrupts", "cpu_times().softirq")
          .counter("Steal", DOUBLE, "seconds", c -> c.times.steal())
          .described("Time stolen by the hypervisor", "cpu_times().steal")
          .counter("Guest", DOUBLE, "seconds", c -> c.times.guest())
          .described("Time running guests", "cpu_times().guest")
          .counter("GuestNice", DOUBLE, "seconds", c -> c.times.guestNice())
          .described("Time running niced guests", "cpu_times().guest_nice")
          .counter("CtxSwitches", LONG, "count", c -> c.stats.ctxSwitches())
          .described("Context switches since boot", "cpu_stats().ctx_switches")
          .counter("Interrupts", LONG, "count", c -> c.stats.interrupts())
          .described("Interrupts since boot", "cpu_stats().interrupts")
          .counter("SoftInterrupts", LONG, "count", c -> c.stats.softInterrupts())
          .described("Software interrupts since boot", "cpu_stats().soft_interrupts")
          .counter("Syscalls", LONG, "count", c -> c.stats.syscalls())
          .described(
              "System calls since boot (always 0 on Linux, as in psutil)", "cpu_stats().syscalls")
          .from(LOAD)
          .gauge("Load1", DOUBLE, "tasks", LoadAverage::load1)
          .described("Load average over 1 minute", "getloadavg()[0]")
          .gauge("Load5", DOUBLE, "tasks", LoadAverage::load5)
          .described("Load average over 5 minutes", "getloadavg()[1]")
          .gauge("Load15", DOUBLE, "tasks", LoadAverage::load15)
          .described("Load average over 15 minutes", "getloadavg()[2]")
          .from(FREQ)
          .gauge("FreqCurrent", DOUBLE, "MHz", f -> f.map(CpuFreq::current).orElse(null))
          .described(
              "Current frequency, averaged over CPUs; null without cpufreq", "cpu_freq().current")
          .gauge("FreqMin", DOUBLE, "MHz", f -> f.flatMap(CpuFreq::min).orElse(null))
          .described(
              "Lowest frequency, averaged over CPUs; null when the kernel does not say",
              "cpu_freq().min")
          .gauge("FreqMax", DOUBLE, "MHz", f -> f.flatMap(CpuFreq::max).orElse(null))
          .described(
              "Highest frequency, averaged over CPUs; null when the kernel does not say",
              "cpu_freq().max")
          .readingAge(Readings.AGE_SUMMARY)
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

  private static @Nullable Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }
}

package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;

import io.psutil4j.CpuFreq;
import io.psutil4j.CpuStats;
import io.psutil4j.CpuTimes;
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
          .from(TIMES, "cpu_times()")
          .counter("User", CpuTimes.USER, c -> c.times.user())
          .described("Time in user mode, guest included")
          .counter("System", CpuTimes.SYSTEM, c -> c.times.system())
          .described("Time in kernel mode")
          .counter("Idle", CpuTimes.IDLE, c -> c.times.idle())
          .described("Time idle")
          .counter("Nice", CpuTimes.NICE, c -> c.times.nice())
          .described("Time in niced user mode, guest_nice included")
          .counter("Iowait", CpuTimes.IOWAIT, c -> c.times.iowait())
          .described("Time waiting for I/O")
          .counter("Irq", CpuTimes.IRQ, c -> c.times.irq())
          .described("Time serving hardware interrupts")
          .counter("Softirq", CpuTimes.SOFTIRQ, c -> c.times.softirq())
          .described("Time serving soft interrupts")
          .counter("Steal", CpuTimes.STEAL, c -> c.times.steal())
          .described("Time stolen by the hypervisor")
          .counter("Guest", CpuTimes.GUEST, c -> c.times.guest())
          .described("Time running guests")
          .counter("GuestNice", CpuTimes.GUEST_NICE, c -> c.times.guestNice())
          .described("Time running niced guests")
          .from(TIMES, "cpu_stats()")
          .counter("CtxSwitches", CpuStats.CTX_SWITCHES, c -> c.stats.ctxSwitches())
          .described("Context switches since boot")
          .counter("Interrupts", CpuStats.INTERRUPTS, c -> c.stats.interrupts())
          .described("Interrupts since boot")
          .counter("SoftInterrupts", CpuStats.SOFT_INTERRUPTS, c -> c.stats.softInterrupts())
          .described("Software interrupts since boot")
          .counter("Syscalls", CpuStats.SYSCALLS, c -> c.stats.syscalls())
          .described("System calls since boot (always 0 on Linux, as in psutil)")
          .from(LOAD)
          .gauge("Load1", LoadAverage.LOAD1, LoadAverage::load1)
          .described("Load average over 1 minute", "getloadavg()[0]")
          .gauge("Load5", LoadAverage.LOAD5, LoadAverage::load5)
          .described("Load average over 5 minutes", "getloadavg()[1]")
          .gauge("Load15", LoadAverage.LOAD15, LoadAverage::load15)
          .described("Load average over 15 minutes", "getloadavg()[2]")
          .from(FREQ, "cpu_freq()")
          .gauge("FreqCurrent", CpuFreq.CURRENT, f -> f.map(CpuFreq::current).orElse(null))
          .described("Current frequency, averaged over CPUs; null without cpufreq")
          .gauge("FreqMin", CpuFreq.MIN, f -> f.flatMap(CpuFreq::min).orElse(null))
          .described("Lowest frequency, averaged over CPUs; null when the kernel does not say")
          .gauge("FreqMax", CpuFreq.MAX, f -> f.flatMap(CpuFreq::max).orElse(null))
          .described("Highest frequency, averaged over CPUs; null when the kernel does not say")
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

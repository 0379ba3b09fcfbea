package io.psutil4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.psutil4j.CgroupCpu;
import io.psutil4j.CgroupInfo;
import io.psutil4j.CgroupMemory;
import io.psutil4j.Platforms;
import io.psutil4j.spi.Platform;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The limits and usage of the cgroup this JVM runs in (a container, a systemd unit): cgroup v2, v1
 * or hybrid, read by psutil4j-core ({@code Psutil.cgroup()}). A meter is bound only for what the
 * kernel reports when bound: no {@code container.memory.limit} without a memory limit. A value that
 * goes away later reads NaN.
 *
 * <pre>
 * container.cpu.limit                 gauge, CPUs (quota / period)
 * container.cpu.time                  counter, seconds used
 * container.cpu.periods, container.cpu.throttled.periods   counter
 * container.cpu.throttled.time        counter, seconds
 * container.memory.limit|high|usage|peak, container.swap.limit|usage   gauge, bytes
 * container.memory.oom.kills          counter
 * container.pids, container.pids.limit   gauge, tasks
 * </pre>
 */
public final class PsutilContainerMetrics implements MeterBinder {
  private static final double MICROSECONDS_PER_SECOND = 1e6;

  private final Platform platform;
  private final Iterable<Tag> tags;

  /** The cgroup of this JVM. */
  public PsutilContainerMetrics() {
    this(Platforms.current(), Tags.empty());
  }

  /** The cgroup of this JVM as {@code platform} sees it, every meter with {@code tags}. */
  public PsutilContainerMetrics(Platform platform, Iterable<Tag> tags) {
    this.platform = platform;
    this.tags = tags;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Reading<CgroupInfo> cgroup = Reading.of(() -> platform.cgroup(platform.selfPid()));
    CgroupInfo now = Reading.once(() -> platform.cgroup(platform.selfPid()));
    if (now == null) {
      return; // no cgroups on this platform, or none readable
    }
    Meters meters = new Meters(registry, tags);
    Supplier<CgroupCpu> cpu = () -> part(cgroup.get(), CgroupInfo::cpu);
    now.cpu().ifPresent(c -> bindCpu(meters, c, cpu));
    Supplier<CgroupMemory> memory = () -> part(cgroup.get(), CgroupInfo::memory);
    now.memory().ifPresent(m -> bindMemory(meters, m, memory));
    Present<CgroupInfo> group = new Present<>(meters, cgroup);
    group.gauge(
        "container.pids",
        "Tasks in the cgroup (pids.current)",
        BaseUnits.TASKS,
        now.pidsCurrent(),
        CgroupInfo::pidsCurrent);
    group.gauge(
        "container.pids.limit",
        "Task limit of the cgroup (pids.max)",
        BaseUnits.TASKS,
        now.pidsMax(),
        CgroupInfo::pidsMax);
  }

  private static void bindCpu(Meters meters, CgroupCpu now, Supplier<CgroupCpu> cpu) {
    if (now.limit().isPresent()) {
      meters.gauge(
          "container.cpu.limit",
          "CPUs the cgroup may use: quota / period",
          null,
          cpu,
          c -> orNaN(c.limit()));
    }
    Present<CgroupCpu> present = new Present<>(meters, cpu);
    present.secondsCounter(
        "container.cpu.time", "CPU time used by the cgroup", now.usageUsec(), CgroupCpu::usageUsec);
    present.counter(
        "container.cpu.periods",
        "Quota periods with runnable tasks",
        now.nrPeriods(),
        CgroupCpu::nrPeriods);
    present.counter(
        "container.cpu.throttled.periods",
        "Quota periods in which the cgroup was throttled",
        now.nrThrottled(),
        CgroupCpu::nrThrottled);
    present.secondsCounter(
        "container.cpu.throttled.time",
        "Time the cgroup spent throttled",
        now.throttledUsec(),
        CgroupCpu::throttledUsec);
  }

  private static void bindMemory(Meters meters, CgroupMemory now, Supplier<CgroupMemory> memory) {
    Present<CgroupMemory> present = new Present<>(meters, memory);
    present.gauge(
        "container.memory.limit",
        "Hard memory limit (memory.max)",
        BaseUnits.BYTES,
        now.max(),
        CgroupMemory::max);
    present.gauge(
        "container.memory.high",
        "Memory throttling limit (memory.high)",
        BaseUnits.BYTES,
        now.high(),
        CgroupMemory::high);
    present.gauge(
        "container.memory.usage",
        "Memory in use by the cgroup (memory.current)",
        BaseUnits.BYTES,
        now.current(),
        CgroupMemory::current);
    present.gauge(
        "container.memory.peak",
        "Highest memory use recorded (memory.peak)",
        BaseUnits.BYTES,
        now.peak(),
        CgroupMemory::peak);
    present.gauge(
        "container.swap.limit",
        "Swap limit (memory.swap.max)",
        BaseUnits.BYTES,
        now.swapMax(),
        CgroupMemory::swapMax);
    present.gauge(
        "container.swap.usage",
        "Swap in use (memory.swap.current)",
        BaseUnits.BYTES,
        now.swapCurrent(),
        CgroupMemory::swapCurrent);
    present.counter(
        "container.memory.oom.kills",
        "Tasks the OOM killer ended in the cgroup",
        now.eventsOomKill(),
        CgroupMemory::eventsOomKill);
  }

  private static <T, P> @Nullable P part(@Nullable T whole, Function<T, Optional<P>> part) {
    return whole == null ? null : part.apply(whole).orElse(null);
  }

  private static double orNaN(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : Double.NaN;
  }

  static double orNaN(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : Double.NaN;
  }

  /** Binds a meter for an optional field only when the kernel gave the field when bound. */
  private static final class Present<T> {
    private final Meters meters;
    private final Supplier<T> reading;

    Present(Meters meters, Supplier<T> reading) {
      this.meters = meters;
      this.reading = reading;
    }

    void gauge(
        String name,
        String description,
        String baseUnit,
        OptionalLong now,
        Function<T, OptionalLong> field) {
      if (now.isPresent()) {
        meters.gauge(name, description, baseUnit, reading, t -> orNaN(field.apply(t)));
      }
    }

    void counter(
        String name, String description, OptionalLong now, Function<T, OptionalLong> field) {
      if (now.isPresent()) {
        meters.counter(name, description, null, reading, t -> orNaN(field.apply(t)));
      }
    }

    void secondsCounter(
        String name, String description, OptionalLong nowUsec, Function<T, OptionalLong> usec) {
      if (nowUsec.isPresent()) {
        meters.counter(
            name,
            description,
            "seconds",
            reading,
            t -> orNaN(usec.apply(t)) / MICROSECONDS_PER_SECOND);
      }
    }
  }
}

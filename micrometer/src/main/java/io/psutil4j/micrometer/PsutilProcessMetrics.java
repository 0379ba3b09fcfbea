package io.psutil4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.psutil4j.CtxSwitches;
import io.psutil4j.MemoryInfo;
import io.psutil4j.Platforms;
import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.spi.Platform;

/**
 * This JVM's own process as the kernel accounts it, psutil's {@code Process()}: what the JVM's
 * MXBeans do not say (resident memory, native threads, context switches).
 *
 * <pre>
 * process.memory.rss, process.memory.vms           gauge, bytes
 * process.files.open, process.files.max            gauge, files
 * process.threads                                  gauge, threads (native: GC, JIT and VM too)
 * process.context.switches{type=voluntary|involuntary}   counter
 * </pre>
 *
 * <p>{@code process.files.open} and {@code process.files.max} are the names and values of
 * Micrometer's {@code FileDescriptorMetrics}: bound together they share one meter each.
 */
public final class PsutilProcessMetrics implements MeterBinder {
  private final Platform platform;
  private final Iterable<Tag> tags;

  /** This JVM. */
  public PsutilProcessMetrics() {
    this(Platforms.current(), Tags.empty());
  }

  /** This JVM as {@code platform} sees it, every meter with {@code tags}. */
  public PsutilProcessMetrics(Platform platform, Iterable<Tag> tags) {
    this.platform = platform;
    this.tags = tags;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Process self = Process.of(platform, platform.selfPid());
    Meters meters = new Meters(registry, tags);
    Reading<MemoryInfo> memory = Reading.of(self::memoryInfo);
    meters.gauge(
        "process.memory.rss",
        "Resident set size (psutil Process.memory_info().rss)",
        BaseUnits.BYTES,
        memory,
        MemoryInfo::rss);
    meters.gauge(
        "process.memory.vms",
        "Virtual memory size (psutil Process.memory_info().vms)",
        BaseUnits.BYTES,
        memory,
        MemoryInfo::vms);
    meters.gauge(
        "process.files.open",
        "Open file descriptors (psutil Process.num_fds())",
        BaseUnits.FILES,
        Reading.of(self::numFds),
        Integer::doubleValue);
    meters.gauge(
        "process.files.max",
        "Soft limit of open file descriptors (psutil Process.rlimit(RLIMIT_NOFILE)[0])",
        BaseUnits.FILES,
        Reading.of(() -> self.rlimit(ProcessRlimit.RLIMIT_NOFILE)),
        limit ->
            limit.soft() == ProcessRlimit.RLIM_INFINITY ? Double.POSITIVE_INFINITY : limit.soft());
    meters.gauge(
        "process.threads",
        "Native threads of this JVM, GC, JIT and VM threads included (psutil"
            + " Process.num_threads())",
        BaseUnits.THREADS,
        Reading.of(self::numThreads),
        Integer::doubleValue);
    Reading<CtxSwitches> switches = Reading.of(self::numCtxSwitches);
    String description =
        "Context switches since the JVM started (psutil Process.num_ctx_switches())";
    meters
        .tagged("type", "voluntary")
        .counter("process.context.switches", description, null, switches, CtxSwitches::voluntary);
    meters
        .tagged("type", "involuntary")
        .counter("process.context.switches", description, null, switches, CtxSwitches::involuntary);
  }
}

package io.psutil4j.micrometer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.psutil4j.DiskIoCounters;
import io.psutil4j.Platforms;
import io.psutil4j.spi.Platform;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * I/O of each whole disk (the names under /sys/block, as iostat counts them: partitions would count
 * the same bytes twice in a sum), psutil's {@code disk_io_counters(perdisk=True)}, tag {@code
 * device}. The disks are those present when bound.
 *
 * <pre>
 * system.disk.io{device,direction=read|write}           counter, bytes
 * system.disk.operations{device,direction=read|write}   counter
 * system.disk.operation.time{device,direction=read|write}   counter, seconds
 * system.disk.io.time{device}                           counter, seconds (busy time)
 * </pre>
 */
public final class PsutilDiskMetrics implements MeterBinder {
  private static final double MILLISECONDS_PER_SECOND = 1000.0;

  private final Platform platform;
  private final Iterable<Tag> tags;

  /** The disks of the host this JVM runs on. */
  public PsutilDiskMetrics() {
    this(Platforms.current(), Tags.empty());
  }

  /** The disks {@code platform} reads, every meter with {@code tags}. */
  public PsutilDiskMetrics(Platform platform, Iterable<Tag> tags) {
    this.platform = platform;
    this.tags = tags;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    Reading<Map<String, DiskIoCounters>> disks = Reading.of(() -> platform.diskIoCounters(true));
    Map<String, DiskIoCounters> present = Reading.once(() -> platform.diskIoCounters(true));
    if (present == null) {
      return;
    }
    Meters meters = new Meters(registry, tags);
    for (String device : present.keySet()) {
      Supplier<DiskIoCounters> disk = () -> entry(disks.get(), device);
      Meters of = meters.tagged("device", device);
      of.directions(
          "system.disk.io",
          "Bytes transferred since boot (psutil disk_io_counters(perdisk=True))",
          BaseUnits.BYTES,
          disk,
          "read",
          DiskIoCounters::readBytes,
          "write",
          DiskIoCounters::writeBytes);
      of.directions(
          "system.disk.operations",
          "Completed operations since boot (psutil disk_io_counters(perdisk=True))",
          null,
          disk,
          "read",
          DiskIoCounters::readCount,
          "write",
          DiskIoCounters::writeCount);
      of.directions(
          "system.disk.operation.time",
          "Time spent in operations since boot (psutil disk_io_counters(perdisk=True))",
          "seconds",
          disk,
          "read",
          d -> d.readTime() / MILLISECONDS_PER_SECOND,
          "write",
          d -> d.writeTime() / MILLISECONDS_PER_SECOND);
      of.counter(
          "system.disk.io.time",
          "Time the disk was busy with I/O (psutil busy_time)",
          "seconds",
          disk,
          d -> d.busyTime() / MILLISECONDS_PER_SECOND);
    }
  }

  /** One device of a reading; null (NaN) when the reading failed or the device went away. */
  static <T> @Nullable T entry(@Nullable Map<String, T> reading, String key) {
    return reading == null ? null : reading.get(key);
  }
}

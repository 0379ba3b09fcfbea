package io.psutil4j.jmx;

import io.psutil4j.CgroupMemory;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * What a Kubernetes operator watches of the group's memory against its hard limit: usage, the
 * working set as kubelet computes it, what is left before the limit, and this JVM's share of it. A
 * figure is null when the kernel does not give it or there is no limit.
 */
final class MemoryHeadroom {
  final @Nullable Long workingSet;
  final @Nullable Long available;
  final @Nullable Double usagePercent;
  final @Nullable Double workingSetPercent;
  final @Nullable Double processRssPercent;

  private MemoryHeadroom(
      @Nullable Long workingSet,
      @Nullable Long available,
      @Nullable Double usagePercent,
      @Nullable Double workingSetPercent,
      @Nullable Double processRssPercent) {
    this.workingSet = workingSet;
    this.available = available;
    this.usagePercent = usagePercent;
    this.workingSetPercent = workingSetPercent;
    this.processRssPercent = processRssPercent;
  }

  /** The figures of {@code memory} with this JVM's {@code rss} (null when unknown or not read). */
  static MemoryHeadroom of(CgroupMemory memory, @Nullable Long rss) {
    Long limit = value(memory.max());
    Long usage = value(memory.current());
    Long workingSet = value(memory.workingSet());
    if (limit == null || limit <= 0) {
      return new MemoryHeadroom(workingSet, null, null, null, null);
    }
    return new MemoryHeadroom(
        workingSet,
        workingSet == null ? null : Math.max(0, limit - workingSet),
        percent(usage, limit),
        percent(workingSet, limit),
        percent(rss, limit));
  }

  private static @Nullable Double percent(@Nullable Long part, long limit) {
    return part == null ? null : 100.0 * part / limit;
  }

  private static @Nullable Long value(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }
}

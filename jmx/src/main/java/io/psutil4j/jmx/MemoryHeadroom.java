package io.psutil4j.jmx;

import io.psutil4j.CgroupMemory;
import java.util.OptionalLong;

/**
 * What a Kubernetes operator watches of the group's memory against its hard limit: usage, the
 * working set as kubelet computes it, what is left before the limit, and this JVM's share of it. A
 * figure is null when the kernel does not give it or there is no limit.
 */
final class MemoryHeadroom {
  final Long workingSet;
  final Long available;
  final Double usagePercent;
  final Double workingSetPercent;
  final Double processRssPercent;

  private MemoryHeadroom(
      Long workingSet,
      Long available,
      Double usagePercent,
      Double workingSetPercent,
      Double processRssPercent) {
    this.workingSet = workingSet;
    this.available = available;
    this.usagePercent = usagePercent;
    this.workingSetPercent = workingSetPercent;
    this.processRssPercent = processRssPercent;
  }

  /** The figures of {@code memory} with this JVM's {@code rss} (null when unknown or not read). */
  static MemoryHeadroom of(CgroupMemory memory, Long rss) {
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

  private static Double percent(Long part, long limit) {
    return part == null ? null : 100.0 * part / limit;
  }

  private static Long value(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }
}

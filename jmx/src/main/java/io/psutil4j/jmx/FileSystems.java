package io.psutil4j.jmx;

import io.psutil4j.DiskPartition;
import io.psutil4j.DiskUsage;
import io.psutil4j.spi.Platform;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The FileSystem reading: disk_partitions() with disk_usage() of each mountpoint. */
final class FileSystems {
  private FileSystems() {}

  /** One mount; usage is null when statvfs failed (permission, a stale mount). */
  static final class Mount {
    final DiskPartition part;
    final @Nullable DiskUsage usage;

    Mount(DiskPartition part, @Nullable DiskUsage usage) {
      this.part = part;
      this.usage = usage;
    }
  }

  /**
   * The chosen mounts, each with its statvfs made through {@code usage} ({@link DeadlineCalls}: a
   * mount whose statvfs hangs, a dead NFS server, reads null and is skipped until that call
   * returns; {@link IntervalCalls}: called at most every mounts.interval).
   */
  static Map<String, Mount> read(
      Platform platform,
      EntitySelector selector,
      Function<Collection<String>, Map<String, DiskUsage>> usage) {
    Map<String, DiskPartition> byPoint = new LinkedHashMap<>();
    for (DiskPartition p : platform.diskPartitions(false)) {
      // a later mount on the same point hides the earlier one, as the kernel does
      byPoint.put(p.mountpoint(), p);
    }
    Map<String, DiskPartition> chosen = Entities.chosen(byPoint, selector);
    Map<String, DiskUsage> usages = usage.apply(chosen.keySet());
    Map<String, Mount> out = new LinkedHashMap<>();
    for (Map.Entry<String, DiskPartition> e : chosen.entrySet()) {
      out.put(e.getKey(), new Mount(e.getValue(), usages.get(e.getKey())));
    }
    return out;
  }
}

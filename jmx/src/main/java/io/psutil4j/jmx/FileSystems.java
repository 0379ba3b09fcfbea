package io.psutil4j.jmx;

import io.psutil4j.DiskPartition;
import io.psutil4j.DiskUsage;
import io.psutil4j.spi.Platform;
import java.util.LinkedHashMap;
import java.util.Map;

/** The FileSystem reading: disk_partitions() with disk_usage() of each mountpoint. */
final class FileSystems {
  private FileSystems() {}

  /** One mount; usage is null when statvfs failed (permission, a stale mount). */
  static final class Mount {
    DiskPartition part;
    DiskUsage usage;
  }

  static Map<String, Mount> read(Platform platform) {
    Map<String, Mount> out = new LinkedHashMap<>();
    for (DiskPartition p : platform.diskPartitions(false)) {
      Mount m = new Mount();
      m.part = p;
      try {
        m.usage = platform.diskUsage(p.mountpoint());
      } catch (RuntimeException e) {
        m.usage = null;
      }
      // a later mount on the same point hides the earlier one, as the kernel does
      out.put(p.mountpoint(), m);
    }
    return out;
  }
}

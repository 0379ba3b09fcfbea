package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code sdiskusage}: statvfs(2) of the file system holding a path, in bytes. {@code free}
 * is what an unprivileged user may still write (f_bavail), so {@code used + free} is less than
 * {@code total} by the blocks reserved for root, and {@code percent} is {@code used / (used +
 * free)}, as df(1) computes "Use%".
 */
public final class DiskUsage extends Tuple {
  private final long total;
  private final long used;
  private final long free;
  private final double percent;

  private DiskUsage(long total, long used, long free) {
    super("sdiskusage");
    this.total = Fields.requireNonNegative("total", total);
    this.used = Fields.requireNonNegative("used", used);
    this.free = Fields.requireNonNegative("free", free);
    this.percent = Fields.percent(used, used + free);
  }

  /**
   * From statvfs: {@code total = f_blocks * f_frsize}, {@code used = total - f_bfree * f_frsize},
   * {@code free = f_bavail * f_frsize}.
   */
  public static DiskUsage of(long total, long used, long free) {
    return new DiskUsage(total, used, free);
  }

  public long total() {
    return total;
  }

  public long used() {
    return used;
  }

  public long free() {
    return free;
  }

  /** {@code used / (used + free) * 100}, one decimal, 0.0 for an empty file system. */
  public double percent() {
    return percent;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("total", total, "used", used, "free", free, "percent", percent);
  }
}

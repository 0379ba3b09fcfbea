package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code ppagefaults}: the process's own page faults (children excluded), /proc/PID/stat
 * fields 10 and 12.
 */
public final class PageFaults extends Tuple {
  private final long minor;
  private final long major;

  private PageFaults(long minor, long major) {
    super("ppagefaults");
    this.minor = Fields.requireNonNegative("minor", minor);
    this.major = Fields.requireNonNegative("major", major);
  }

  public static PageFaults of(long minor, long major) {
    return new PageFaults(minor, major);
  }

  /** Faults served without I/O. */
  public long minor() {
    return minor;
  }

  /** Faults that needed I/O. */
  public long major() {
    return major;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("minor", minor, "major", major);
  }
}

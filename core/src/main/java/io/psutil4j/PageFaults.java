package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code ppagefaults}: the process's own page faults (children excluded), /proc/PID/stat
 * fields 10 and 12.
 */
public final class PageFaults extends LongTuple {

  /** psutil's field names, in psutil's order: the order of {@link #of}. */
  private static final List<String> FIELDS = List.of("minor", "major");

  private PageFaults(long[] values) {
    super("ppagefaults", FIELDS, values);
  }

  public static PageFaults of(long minor, long major) {
    return new PageFaults(checked("ppagefaults", FIELDS, new long[] {minor, major}));
  }

  /** Faults served without I/O. */
  public long minor() {
    return value(0);
  }

  /** Faults that needed I/O. */
  public long major() {
    return value(1);
  }
}

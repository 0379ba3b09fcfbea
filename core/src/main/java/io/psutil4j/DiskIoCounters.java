package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code sdiskio}: I/O counters of one block device (or the sum over whole disks) from
 * /proc/diskstats. Bytes are sectors times 512, always: the kernel counts diskstats sectors in 512
 * byte units whatever the device's sector size (psutil #1305, #965). Times are milliseconds.
 */
public final class DiskIoCounters extends LongTuple {
  /** psutil's field names, in psutil's order: the order of {@link #of} and {@link #toArray}. */
  public static final List<String> FIELDS =
      List.of(
          "read_count",
          "write_count",
          "read_bytes",
          "write_bytes",
          "read_time",
          "write_time",
          "read_merged_count",
          "write_merged_count",
          "busy_time");

  private DiskIoCounters(long[] values) {
    super("sdiskio", FIELDS, values);
  }

  /** Builds from counters in the order of {@link #FIELDS}; each must be >= 0. */
  public static DiskIoCounters of(long... values) {
    return new DiskIoCounters(checked("sdiskio", FIELDS, values));
  }

  /** Field-by-field sum, as psutil totals the per-entity counters. */
  public static DiskIoCounters sum(Iterable<DiskIoCounters> parts) {
    return new DiskIoCounters(total(FIELDS.size(), parts));
  }

  /** Reads completed. */
  public long readCount() {
    return value(0);
  }

  /** Writes completed. */
  public long writeCount() {
    return value(1);
  }

  /** Bytes read (sectors read times 512). */
  public long readBytes() {
    return value(2);
  }

  /** Bytes written (sectors written times 512). */
  public long writeBytes() {
    return value(3);
  }

  /** Milliseconds spent reading. */
  public long readTime() {
    return value(4);
  }

  /** Milliseconds spent writing. */
  public long writeTime() {
    return value(5);
  }

  /** Adjacent reads merged by the kernel. */
  public long readMergedCount() {
    return value(6);
  }

  /** Adjacent writes merged by the kernel. */
  public long writeMergedCount() {
    return value(7);
  }

  /** Milliseconds the device had I/O in flight (io_ticks). */
  public long busyTime() {
    return value(8);
  }

  /** The counters in the order of {@link #FIELDS}, a fresh array. */
  @Override
  public long[] toArray() {
    return super.toArray();
  }
}

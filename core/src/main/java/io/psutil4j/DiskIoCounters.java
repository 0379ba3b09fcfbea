package io.psutil4j;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * psutil's {@code sdiskio}: I/O counters of one block device (or the sum over whole disks) from
 * /proc/diskstats. Bytes are sectors times 512, always: the kernel counts diskstats sectors in 512
 * byte units whatever the device's sector size (psutil #1305, #965). Times are milliseconds.
 */
public final class DiskIoCounters implements NamedTuple {
  /** psutil's field names, in psutil's order: the order of {@link #of} and {@link #toArray}. */
  public static final String[] FIELDS = {
    "read_count",
    "write_count",
    "read_bytes",
    "write_bytes",
    "read_time",
    "write_time",
    "read_merged_count",
    "write_merged_count",
    "busy_time"
  };

  private final long[] values;

  private DiskIoCounters(long[] values) {
    this.values = values;
  }

  /** Builds from counters in the order of {@link #FIELDS}; each must be >= 0. */
  public static DiskIoCounters of(long... values) {
    if (values.length != FIELDS.length) {
      throw new IllegalArgumentException(
          "sdiskio needs " + FIELDS.length + " fields, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      Fields.requireNonNegative(FIELDS[i], values[i]);
    }
    return new DiskIoCounters(values.clone());
  }

  /** Field-by-field sum, as psutil totals the per-entity counters. */
  public static DiskIoCounters sum(Iterable<DiskIoCounters> parts) {
    long[] total = new long[FIELDS.length];
    for (DiskIoCounters p : parts) {
      for (int i = 0; i < total.length; i++) {
        total[i] += p.values[i];
      }
    }
    return new DiskIoCounters(total);
  }

  /** Reads completed. */
  public long readCount() {
    return values[0];
  }

  /** Writes completed. */
  public long writeCount() {
    return values[1];
  }

  /** Bytes read (sectors read times 512). */
  public long readBytes() {
    return values[2];
  }

  /** Bytes written (sectors written times 512). */
  public long writeBytes() {
    return values[3];
  }

  /** Milliseconds spent reading. */
  public long readTime() {
    return values[4];
  }

  /** Milliseconds spent writing. */
  public long writeTime() {
    return values[5];
  }

  /** Adjacent reads merged by the kernel. */
  public long readMergedCount() {
    return values[6];
  }

  /** Adjacent writes merged by the kernel. */
  public long writeMergedCount() {
    return values[7];
  }

  /** Milliseconds the device had I/O in flight (io_ticks). */
  public long busyTime() {
    return values[8];
  }

  /** The counters in the order of {@link #FIELDS}, a fresh array. */
  public long[] toArray() {
    return values.clone();
  }

  @Override
  public Map<String, Object> asDict() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < FIELDS.length; i++) {
      map.put(FIELDS[i], values[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DiskIoCounters && Arrays.equals(values, ((DiskIoCounters) o).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Repr.of("sdiskio", asDict());
  }
}

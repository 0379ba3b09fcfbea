package io.psutil4j;

/**
 * psutil's {@code sdiskio}: I/O counters of one block device (or the sum over whole disks) from
 * /proc/diskstats. Bytes are sectors times 512, always: the kernel counts diskstats sectors in 512
 * byte units whatever the device's sector size (psutil #1305, #965). Times are milliseconds.
 */
public final class DiskIoCounters extends LongTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> READ_COUNT = FIELDS.count("read_count");
  public static final TupleField<Long> WRITE_COUNT = FIELDS.count("write_count");
  public static final TupleField<Long> READ_BYTES = FIELDS.bytes("read_bytes");
  public static final TupleField<Long> WRITE_BYTES = FIELDS.bytes("write_bytes");
  public static final TupleField<Long> READ_TIME = FIELDS.longs("read_time", Unit.MILLISECONDS);
  public static final TupleField<Long> WRITE_TIME = FIELDS.longs("write_time", Unit.MILLISECONDS);
  public static final TupleField<Long> READ_MERGED_COUNT = FIELDS.count("read_merged_count");
  public static final TupleField<Long> WRITE_MERGED_COUNT = FIELDS.count("write_merged_count");
  public static final TupleField<Long> BUSY_TIME = FIELDS.longs("busy_time", Unit.MILLISECONDS);

  private DiskIoCounters(long[] values) {
    super("sdiskio", FIELDS, values);
  }

  /** Builds from counters in the order of {@link #FIELDS}; each must be >= 0. */
  public static DiskIoCounters of(long... values) {
    return new DiskIoCounters(values.clone());
  }

  /** Field-by-field sum, as psutil totals the per-entity counters. */
  public static DiskIoCounters sum(Iterable<DiskIoCounters> parts) {
    return new DiskIoCounters(total(FIELDS.size(), parts));
  }

  /** Reads completed. */
  public long readCount() {
    return value(READ_COUNT);
  }

  /** Writes completed. */
  public long writeCount() {
    return value(WRITE_COUNT);
  }

  /** Bytes read (sectors read times 512). */
  public long readBytes() {
    return value(READ_BYTES);
  }

  /** Bytes written (sectors written times 512). */
  public long writeBytes() {
    return value(WRITE_BYTES);
  }

  /** Milliseconds spent reading. */
  public long readTime() {
    return value(READ_TIME);
  }

  /** Milliseconds spent writing. */
  public long writeTime() {
    return value(WRITE_TIME);
  }

  /** Adjacent reads merged by the kernel. */
  public long readMergedCount() {
    return value(READ_MERGED_COUNT);
  }

  /** Adjacent writes merged by the kernel. */
  public long writeMergedCount() {
    return value(WRITE_MERGED_COUNT);
  }

  /** Milliseconds the device had I/O in flight (io_ticks). */
  public long busyTime() {
    return value(BUSY_TIME);
  }

  /** The counters in the order of {@link #FIELDS}, a fresh array. */
  @Override
  public long[] toArray() {
    return super.toArray();
  }
}

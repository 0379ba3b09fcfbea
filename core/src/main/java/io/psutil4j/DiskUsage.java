package io.psutil4j;

/**
 * psutil's {@code sdiskusage}: statvfs(2) of the file system holding a path, in bytes. {@code free}
 * is what an unprivileged user may still write (f_bavail), so {@code used + free} is less than
 * {@code total} by the blocks reserved for root, and {@code percent} is {@code used / (used +
 * free)}, as df(1) computes "Use%".
 */
public final class DiskUsage extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> TOTAL = FIELDS.bytes("total");
  public static final TupleField<Long> USED = FIELDS.bytes("used");
  public static final TupleField<Long> FREE = FIELDS.bytes("free");
  public static final TupleField<Double> PERCENT = FIELDS.percent("percent");

  private DiskUsage(Object... values) {
    super("sdiskusage", FIELDS, values);
  }

  /**
   * From statvfs: {@code total = f_blocks * f_frsize}, {@code used = total - f_bfree * f_frsize},
   * {@code free = f_bavail * f_frsize}.
   */
  public static DiskUsage of(long total, long used, long free) {
    return new DiskUsage(total, used, free, Fields.percent(used, used + free));
  }

  public long total() {
    return value(TOTAL);
  }

  public long used() {
    return value(USED);
  }

  public long free() {
    return value(FREE);
  }

  /** {@code used / (used + free) * 100}, one decimal, 0.0 for an empty file system. */
  public double percent() {
    return value(PERCENT);
  }
}

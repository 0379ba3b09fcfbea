package io.psutil4j;

/**
 * psutil's {@code ppagefaults}: the process's own page faults (children excluded), /proc/PID/stat
 * fields 10 and 12.
 */
public final class PageFaults extends LongTuple {

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> MINOR = FIELDS.count("minor");
  public static final TupleField<Long> MAJOR = FIELDS.count("major");

  private PageFaults(long... values) {
    super("ppagefaults", FIELDS, values);
  }

  public static PageFaults of(long minor, long major) {
    return new PageFaults(minor, major);
  }

  /** Faults served without I/O. */
  public long minor() {
    return value(MINOR);
  }

  /** Faults that needed I/O. */
  public long major() {
    return value(MAJOR);
  }
}

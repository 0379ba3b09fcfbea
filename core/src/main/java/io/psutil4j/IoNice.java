package io.psutil4j;

/** psutil's {@code pionice}: a process's I/O scheduling class and its level (0-7). */
public final class IoNice extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<ProcessIOPriority> IOCLASS =
      FIELDS.field("ioclass", ProcessIOPriority.class);
  public static final TupleField<Integer> VALUE = FIELDS.field("value", Integer.class);

  private IoNice(Object... values) {
    super("pionice", FIELDS, values);
  }

  public static IoNice of(ProcessIOPriority ioclass, int value) {
    return new IoNice(ioclass, value);
  }

  /** The scheduling class. */
  public ProcessIOPriority ioclass() {
    return value(IOCLASS);
  }

  /** The level inside the class: 0 (highest) to 7. */
  public int value() {
    return value(VALUE);
  }
}

package io.psutil4j;

import java.util.List;

/** psutil's {@code pionice}: a process's I/O scheduling class and its level (0-7). */
public final class IoNice extends FieldTuple {
  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<ProcessIOPriority> IOCLASS =
      TABLE.field("ioclass", ProcessIOPriority.class);
  public static final TupleField<Integer> VALUE = TABLE.field("value", Integer.class);

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
    return intValue(VALUE);
  }
}

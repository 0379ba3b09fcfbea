package io.psutil4j;

/** psutil's {@code pionice}: a process's I/O scheduling class and its level (0-7). */
public final class IoNice extends FieldTuple<IoNice.Field> {
  /** psutil's fields, in psutil's order; the class is its number in the dict, as an IntEnum. */
  enum Field implements TupleField {
    IOCLASS,
    VALUE;

    @Override
    public Class<?> type() {
      return this == IOCLASS ? ProcessIOPriority.class : Integer.class;
    }
  }

  private IoNice(Object... values) {
    super("pionice", Field.class, values);
  }

  public static IoNice of(ProcessIOPriority ioclass, int value) {
    return new IoNice(ioclass, value);
  }

  /** The scheduling class. */
  public ProcessIOPriority ioclass() {
    return value(Field.IOCLASS, ProcessIOPriority.class);
  }

  /** The level inside the class: 0 (highest) to 7. */
  public int value() {
    return intValue(Field.VALUE);
  }
}

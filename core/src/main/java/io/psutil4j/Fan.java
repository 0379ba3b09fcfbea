package io.psutil4j;

/** psutil's {@code sfan}: one fan's speed in RPM, from hwmon {@code fan*_input}. */
public final class Fan extends FieldTuple<Fan.Field> {
  /** psutil's fields, in psutil's order. */
  enum Field implements TupleField {
    LABEL,
    CURRENT;

    @Override
    public Class<?> type() {
      return this == LABEL ? String.class : Long.class;
    }
  }

  private Fan(Object... values) {
    super("sfan", Field.class, values);
  }

  public static Fan of(String label, long current) {
    return new Fan(label, current);
  }

  /** The fan's label ({@code _label}), {@code ""} when it has none. */
  public String label() {
    return string(Field.LABEL);
  }

  /** Revolutions per minute. */
  public long current() {
    return longValue(Field.CURRENT);
  }
}

package io.psutil4j;

/** psutil's {@code sfan}: one fan's speed in RPM, from hwmon {@code fan*_input}. */
public final class Fan extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<String> LABEL = FIELDS.text("label");
  public static final TupleField<Long> CURRENT = FIELDS.longs("current", Unit.RPM);

  private Fan(Object... values) {
    super("sfan", FIELDS, values);
  }

  public static Fan of(String label, long current) {
    return new Fan(label, current);
  }

  /** The fan's label ({@code _label}), {@code ""} when it has none. */
  public String label() {
    return value(LABEL);
  }

  /** Revolutions per minute. */
  public long current() {
    return value(CURRENT);
  }
}

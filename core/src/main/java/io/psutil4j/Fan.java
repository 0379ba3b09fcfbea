package io.psutil4j;

import java.util.List;

/** psutil's {@code sfan}: one fan's speed in RPM, from hwmon {@code fan*_input}. */
public final class Fan extends FieldTuple {
  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<String> LABEL = TABLE.text("label");
  public static final TupleField<Long> CURRENT = TABLE.field("current", Long.class, Unit.RPM);

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
    return longValue(CURRENT);
  }
}

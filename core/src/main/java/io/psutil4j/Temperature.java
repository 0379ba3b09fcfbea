package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code shwtemp}: one temperature sensor, degrees Celsius (or Fahrenheit when asked),
 * from hwmon {@code temp*_input} (or a thermal zone) in millidegrees / 1000. {@code high} and
 * {@code critical} are the {@code _max}/{@code _crit} thresholds (or trip points).
 */
public final class Temperature extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<String> LABEL = FIELDS.text("label");
  public static final TupleField<Double> CURRENT =
      FIELDS.doubles("current", Unit.CELSIUS).atLeast(Double.NEGATIVE_INFINITY);
  public static final TupleField<Double> HIGH =
      FIELDS.doubles("high", Unit.CELSIUS).atLeast(Double.NEGATIVE_INFINITY).orNull();
  public static final TupleField<Double> CRITICAL =
      FIELDS.doubles("critical", Unit.CELSIUS).atLeast(Double.NEGATIVE_INFINITY).orNull();

  private Temperature(@Nullable Object... values) {
    super("shwtemp", FIELDS, values);
  }

  /** {@code high} and {@code critical} may be null (psutil's None). */
  public static Temperature of(
      String label, double current, @Nullable Double high, @Nullable Double critical) {
    return new Temperature(label, current, high, critical);
  }

  /** The sensor's label ({@code _label}), {@code ""} when it has none. */
  public String label() {
    return value(LABEL);
  }

  public double current() {
    return value(CURRENT);
  }

  public Optional<Double> high() {
    return optional(HIGH);
  }

  public Optional<Double> critical() {
    return optional(CRITICAL);
  }

  /**
   * psutil's top-level touch-ups: a lone high or critical threshold is copied to the other; then
   * Celsius to Fahrenheit ({@code C * 9 / 5 + 32}) when asked.
   */
  Temperature finish(boolean fahrenheit) {
    Optional<Double> h = high().or(this::critical);
    Optional<Double> c = critical().or(this::high);
    if (!fahrenheit) {
      return of(label(), current(), h.orElse(null), c.orElse(null));
    }
    return of(
        label(),
        toF(current()),
        h.map(Temperature::toF).orElse(null),
        c.map(Temperature::toF).orElse(null));
  }

  private static double toF(double celsius) {
    return celsius * 9 / 5 + 32;
  }
}

package io.psutil4j;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code shwtemp}: one temperature sensor, degrees Celsius (or Fahrenheit when asked),
 * from hwmon {@code temp*_input} (or a thermal zone) in millidegrees / 1000. {@code high} and
 * {@code critical} are the {@code _max}/{@code _crit} thresholds (or trip points).
 */
public final class Temperature extends Tuple {
  private final String label;
  private final double current;
  private final @Nullable Double high;
  private final @Nullable Double critical;

  private Temperature(
      String label, double current, @Nullable Double high, @Nullable Double critical) {
    super("shwtemp");
    this.label = Objects.requireNonNull(label, "label");
    this.current = current;
    this.high = high;
    this.critical = critical;
  }

  /** {@code high} and {@code critical} may be null (psutil's None). */
  public static Temperature of(
      String label, double current, @Nullable Double high, @Nullable Double critical) {
    return new Temperature(label, current, high, critical);
  }

  /** The sensor's label ({@code _label}), {@code ""} when it has none. */
  public String label() {
    return label;
  }

  public double current() {
    return current;
  }

  public Optional<Double> high() {
    return Optional.ofNullable(high);
  }

  public Optional<Double> critical() {
    return Optional.ofNullable(critical);
  }

  /**
   * psutil's top-level touch-ups: a lone high or critical threshold is copied to the other; then
   * Celsius to Fahrenheit ({@code C * 9 / 5 + 32}) when asked.
   */
  Temperature finish(boolean fahrenheit) {
    Double h = high != null ? high : critical;
    Double c = critical != null ? critical : high;
    if (!fahrenheit) {
      return new Temperature(label, current, h, c);
    }
    return new Temperature(
        label, toF(current), h == null ? null : toF(h), c == null ? null : toF(c));
  }

  private static double toF(double celsius) {
    return celsius * 9 / 5 + 32;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("label", label, "current", current, "high", high, "critical", critical);
  }
}

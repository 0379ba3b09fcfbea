package io.psutil4j.micrometer;

import io.micrometer.core.instrument.binder.BaseUnits;
import org.jspecify.annotations.Nullable;

/**
 * The Micrometer base unit of an MBean attribute's {@code units} descriptor field, and the factor
 * that converts the attribute's value to it: Micrometer wants times in seconds and sizes in bytes
 * (a registry then converts to its own backend's unit), and a frequency in hertz. Units that are no
 * quantity (text, boolean, a table, an id) give no meter.
 */
final class JmxUnit {
  private final @Nullable String baseUnit;
  private final double factor;
  private final double divisor;

  private JmxUnit(@Nullable String baseUnit, double factor) {
    this(baseUnit, factor, 1);
  }

  /** Sub-units divide (1 ms is 1 / 1000 s, and 0.001 has no exact double). */
  private JmxUnit(@Nullable String baseUnit, double factor, double divisor) {
    this.baseUnit = baseUnit;
    this.factor = factor;
    this.divisor = divisor;
  }

  /** The unit of {@code units}, or null when the attribute is not a quantity. */
  static @Nullable JmxUnit of(String units) {
    switch (units) {
      case "bytes":
        return new JmxUnit(BaseUnits.BYTES, 1);
      case "seconds":
        return new JmxUnit("seconds", 1);
      case "milliseconds":
        return new JmxUnit("seconds", 1, 1e3);
      case "microseconds":
        return new JmxUnit("seconds", 1, 1e6);
      case "nanoseconds":
        return new JmxUnit("seconds", 1, 1e9);
      case "MHz":
        return new JmxUnit("hertz", 1e6);
      case "Mbit/s":
        return new JmxUnit("bits.per.second", 1e6);
      case "percent":
        return new JmxUnit(BaseUnits.PERCENT, 1);
      case "celsius":
      case "rpm":
        return new JmxUnit(units, 1);
      case "tasks":
        return new JmxUnit(BaseUnits.TASKS, 1);
      case "descriptors":
        return new JmxUnit(BaseUnits.FILES, 1);
      case "events":
        return new JmxUnit(BaseUnits.EVENTS, 1);
      case "operations":
        return new JmxUnit(BaseUnits.OPERATIONS, 1);
      case "text":
      case "boolean":
      case "table":
      case "id":
        return null;
      default:
        // counts, packets, periods, CPUs, shares, a weight, a ratio: dimensionless
        return new JmxUnit(null, 1);
    }
  }

  /** Micrometer's base unit, null for a plain number. */
  @Nullable String baseUnit() {
    return baseUnit;
  }

  /** The value in the base unit. */
  double convert(double value) {
    return value * factor / divisor;
  }
}

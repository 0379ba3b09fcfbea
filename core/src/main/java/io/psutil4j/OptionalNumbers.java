package io.psutil4j;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A value whose fields are optional numbers declared once, as the constants of its field enum (a
 * cgroup file may lack any of them): validation, {@code asDict()}, the repr, equality and the typed
 * accessors all follow from that table.
 */
abstract class OptionalNumbers<F extends Enum<F> & TupleField> extends Tuple {
  private final F[] fields;
  private final Number[] values;

  /**
   * @throws IllegalArgumentException naming a field given a negative number or one of another type
   */
  OptionalNumbers(String typeName, Class<F> fieldType, Map<F, ? extends Number> given) {
    super(typeName);
    this.fields = fieldType.getEnumConstants();
    this.values = new Number[fields.length];
    for (Map.Entry<F, ? extends Number> entry : given.entrySet()) {
      F field = entry.getKey();
      Number value = entry.getValue();
      field.requireType(value);
      Fields.requireNonNegativeOrNull(field.key(), value);
      values[field.ordinal()] = value;
    }
  }

  final OptionalLong optionalLong(F field) {
    Number value = values[field.ordinal()];
    return value == null ? OptionalLong.empty() : OptionalLong.of(value.longValue());
  }

  final OptionalInt optionalInt(F field) {
    Number value = values[field.ordinal()];
    return value == null ? OptionalInt.empty() : OptionalInt.of(value.intValue());
  }

  final OptionalDouble optionalDouble(F field) {
    Number value = values[field.ordinal()];
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
  }

  /** Every field by its key, in the enum's order; null for an absent one. */
  @Override
  public Map<String, Object> asDict() {
    return Fields.byKey(fields, values);
  }
}

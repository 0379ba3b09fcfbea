package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A named tuple of numbers of mixed types (bytes and a percentage, a thread id and seconds) whose
 * fields are declared once, as the constants of its field enum: the values are checked against that
 * table, and {@code asDict()}, the repr, equality and the typed accessors follow from it.
 */
abstract class NumberTuple<F extends Enum<F> & TupleField> extends Tuple {
  private final F[] fields;
  private final Number[] values;

  /**
   * {@code fields}: every constant of the field enum, in order; {@code values}: one per field, in
   * that order, each of its field's type and none negative. The array is kept, not copied.
   *
   * @throws IllegalArgumentException naming the first field of another type, or negative
   */
  NumberTuple(String typeName, F[] fields, Number... values) {
    super(typeName);
    if (values.length != fields.length) {
      throw new IllegalArgumentException(
          typeName + " needs " + fields.length + " fields, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      requireNonNegative(fields[i], values[i]);
    }
    this.fields = fields;
    this.values = values;
  }

  private static void requireNonNegative(TupleField field, Number value) {
    Objects.requireNonNull(value, field.key());
    field.requireType(value);
    if (value instanceof Double) {
      Fields.requireNonNegative(field.key(), value.doubleValue());
    } else {
      Fields.requireNonNegative(field.key(), value.longValue());
    }
  }

  /** psutil's names of {@code fields}, in order: a class's public field list. */
  static List<String> keys(TupleField[] fields) {
    List<String> keys = new ArrayList<>(fields.length);
    for (TupleField field : fields) {
      keys.add(field.key());
    }
    return Collections.unmodifiableList(keys);
  }

  final long longValue(F field) {
    return values[field.ordinal()].longValue();
  }

  final int intValue(F field) {
    return values[field.ordinal()].intValue();
  }

  final double doubleValue(F field) {
    return values[field.ordinal()].doubleValue();
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.byKey(fields, values);
  }
}

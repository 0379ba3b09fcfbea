package io.psutil4j;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A named tuple of any kind of field (strings, enums, nested values, nullable numbers): each value
 * is checked against the field table (type, null, least number) and the typed accessors read it
 * back by its field.
 */
abstract class FieldTuple extends Tuple {
  private final @Nullable Object[] values;

  /**
   * {@code values}: one per field of {@code fields}, in its order, psutil's. The array is kept.
   *
   * @throws IllegalArgumentException naming the first field given a value of another type, or a
   *     number below its least
   * @throws NullPointerException naming the first field given null that may not be
   */
  FieldTuple(String typeName, List<TupleField<?>> fields, @Nullable Object... values) {
    super(typeName, fields, values.length);
    for (int i = 0; i < values.length; i++) {
      fields.get(i).check(values[i]);
    }
    this.values = values;
  }

  /**
   * A value given as a map, so every field is optional: one left out, or null, is absent.
   *
   * @throws IllegalArgumentException naming a field of another value, or one given a value of
   *     another type, or a number below its least
   */
  FieldTuple(String typeName, List<TupleField<?>> fields, Map<? extends TupleField<?>, ?> given) {
    this(typeName, fields, laidOut(typeName, fields, given), true);
  }

  /**
   * {@code checked}: one value per field, in its order, each already checked (by {@link #laidOut});
   * the array is kept. {@code kept} only tells this constructor from the one that checks.
   */
  FieldTuple(
      String typeName, List<TupleField<?>> fields, @Nullable Object[] checked, boolean kept) {
    super(typeName, fields, checked.length);
    this.values = checked;
  }

  /**
   * The values of {@code given} in the order of {@code fields}, null for one left out, each checked
   * as it is met.
   *
   * @throws IllegalArgumentException naming a field of another value, or one given a value of
   *     another type, or a number below its least
   */
  static @Nullable Object[] laidOut(
      String typeName, List<TupleField<?>> fields, Map<? extends TupleField<?>, ?> given) {
    @Nullable Object[] values = new Object[fields.size()];
    for (Map.Entry<? extends TupleField<?>, ?> entry : given.entrySet()) {
      TupleField<?> field = entry.getKey();
      if (field.index() >= values.length || fields.get(field.index()) != field) {
        throw new IllegalArgumentException(field.key() + " is not a field of " + typeName);
      }
      Object value = entry.getValue();
      if (value != null) {
        field.check(value);
        values[field.index()] = value;
      }
    }
    return values;
  }

  // The accessors cast without Class.cast (a native call the interpreter pays on every read):
  // each value was checked against its field's type when the value was built.

  /** The value of a field its table says is never null. */
  @SuppressWarnings("unchecked")
  final <T> T value(TupleField<T> field) {
    return (T) Objects.requireNonNull(values[field.index()], field.key());
  }

  @SuppressWarnings("unchecked")
  final <T> Optional<T> optional(TupleField<T> field) {
    return Optional.ofNullable((T) values[field.index()]);
  }

  final OptionalLong optionalLong(TupleField<? extends Number> field) {
    Number value = (Number) values[field.index()];
    return value == null ? OptionalLong.empty() : OptionalLong.of(value.longValue());
  }

  final OptionalInt optionalInt(TupleField<? extends Number> field) {
    Number value = (Number) values[field.index()];
    return value == null ? OptionalInt.empty() : OptionalInt.of(value.intValue());
  }

  final OptionalDouble optionalDouble(TupleField<? extends Number> field) {
    Number value = (Number) values[field.index()];
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value.doubleValue());
  }

  @Override
  final @Nullable Object valueAt(int index) {
    return values[index];
  }
}

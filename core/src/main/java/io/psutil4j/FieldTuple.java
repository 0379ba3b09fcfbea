package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A named tuple whose fields are declared once, as the constants of its field enum: each value is
 * checked against that table (type, null, least number), and {@code asDict()}, the repr, equality
 * and the typed accessors follow from it.
 */
abstract class FieldTuple<F extends Enum<F> & TupleField> extends Tuple {
  /** Each field enum's constants, shared: {@code Class.getEnumConstants()} copies them per call. */
  private static final ClassValue<Object[]> TABLES =
      new ClassValue<Object[]>() {
        @Override
        protected Object[] computeValue(Class<?> type) {
          return type.getEnumConstants();
        }
      };

  private final F[] fields;
  private final @Nullable Object[] values;

  /**
   * {@code values}: one per constant of {@code table}, in its order, psutil's. The array is kept.
   *
   * @throws IllegalArgumentException naming the first field given a value of another type, or a
   *     number below its least
   * @throws NullPointerException naming the first field given null that may not be
   */
  FieldTuple(String typeName, Class<F> table, @Nullable Object... values) {
    this(typeName, constants(table), values);
  }

  /** {@code fields}: the first constants of the field enum, a table that leaves the rest off. */
  FieldTuple(String typeName, F[] fields, @Nullable Object... values) {
    super(typeName);
    if (values.length != fields.length) {
      throw new IllegalArgumentException(
          typeName + " needs " + fields.length + " fields, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      fields[i].check(values[i]);
    }
    this.fields = fields;
    this.values = values;
  }

  /**
   * A value given as a map, so every field is optional: one left out, or null, is absent.
   *
   * @throws IllegalArgumentException naming a field given a value of another type, or a number
   *     below its least
   */
  FieldTuple(String typeName, Class<F> fieldType, Map<F, ?> given) {
    super(typeName);
    this.fields = constants(fieldType);
    this.values = new Object[fields.length];
    for (Map.Entry<F, ?> entry : given.entrySet()) {
      Object value = entry.getValue();
      if (value != null) {
        entry.getKey().check(value);
        values[entry.getKey().ordinal()] = value;
      }
    }
  }

  @SuppressWarnings("unchecked") // the constants of an enum F are an F[]
  private static <F> F[] constants(Class<F> table) {
    return (F[]) TABLES.get(table);
  }

  /** psutil's names of {@code fields}, in order: a class's public field list. */
  static List<String> keys(TupleField[] fields) {
    List<String> keys = new ArrayList<>(fields.length);
    for (TupleField field : fields) {
      keys.add(field.key());
    }
    return Collections.unmodifiableList(keys);
  }

  /** The value of a field its table says is never null, as its type. */
  final <T> T value(F field, Class<T> type) {
    return type.cast(Objects.requireNonNull(values[field.ordinal()], field.key()));
  }

  final <T> Optional<T> optional(F field, Class<T> type) {
    return Optional.ofNullable(type.cast(values[field.ordinal()]));
  }

  final String string(F field) {
    return value(field, String.class);
  }

  final long longValue(F field) {
    return value(field, Number.class).longValue();
  }

  final int intValue(F field) {
    return value(field, Number.class).intValue();
  }

  final double doubleValue(F field) {
    return value(field, Number.class).doubleValue();
  }

  final OptionalLong optionalLong(F field) {
    Object value = values[field.ordinal()];
    return value == null ? OptionalLong.empty() : OptionalLong.of(((Number) value).longValue());
  }

  final OptionalInt optionalInt(F field) {
    Object value = values[field.ordinal()];
    return value == null ? OptionalInt.empty() : OptionalInt.of(((Number) value).intValue());
  }

  final OptionalDouble optionalDouble(F field) {
    Object value = values[field.ordinal()];
    return value == null
        ? OptionalDouble.empty()
        : OptionalDouble.of(((Number) value).doubleValue());
  }

  /**
   * Every field by its key, in the table's order, as psutil's JSON gives it: an enum as its value,
   * a nested value as its dict; null for an absent one.
   */
  @Override
  public Map<String, Object> asDict() {
    return Collections.unmodifiableMap(byKey(FieldTuple::dictValue));
  }

  /** As psutil's repr shows them: a Boolean as {@code True}, an IntEnum as its member. */
  @Override
  Map<String, Object> reprFields() {
    return byKey(FieldTuple::reprValue);
  }

  private Map<String, Object> byKey(UnaryOperator<@Nullable Object> shown) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i++) {
      map.put(fields[i].key(), shown.apply(values[i]));
    }
    return map;
  }

  private static @Nullable Object dictValue(@Nullable Object value) {
    if (value instanceof Enum) {
      return PsutilEnums.value((Enum<?>) value);
    }
    if (value instanceof NamedTuple) {
      return ((NamedTuple) value).asDict();
    }
    if (value instanceof List) {
      List<Object> dicts = new ArrayList<>();
      for (Object element : (List<?>) value) {
        dicts.add(dictValue(element));
      }
      return Collections.unmodifiableList(dicts);
    }
    return value;
  }

  private static @Nullable Object reprValue(@Nullable Object value) {
    if (value instanceof Boolean) {
      return Repr.literal((Boolean) value ? "True" : "False");
    }
    if (value instanceof Enum) {
      return PsutilEnums.repr((Enum<?>) value);
    }
    return dictValue(value);
  }
}

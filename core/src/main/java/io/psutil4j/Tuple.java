package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What every named tuple shares: its fields are declared once, in its field table, and asDict,
 * equality, the hash and psutil's repr all follow from them, so two values read alike compare
 * alike.
 */
abstract class Tuple implements NamedTuple {
  private final String typeName;

  /** {@code typeName}: psutil's name of the tuple type, shown by the repr ({@code svmem}). */
  Tuple(String typeName) {
    this.typeName = typeName;
  }

  /** The fields as psutil's repr shows them; an enum field overrides this to show its member. */
  Map<String, Object> reprFields() {
    return asDict();
  }

  /**
   * {@code fields} by key, in the table's order, each value as psutil's JSON gives it: an enum as
   * its value, a nested value as its dict.
   */
  static Map<String, Object> dict(List<TupleField<?>> fields, IntFunction<@Nullable Object> value) {
    return Collections.unmodifiableMap(byKey(fields, value, Tuple::dictValue));
  }

  /** As psutil's repr shows them: a Boolean as {@code True}, an IntEnum as its member. */
  static Map<String, Object> repr(List<TupleField<?>> fields, IntFunction<@Nullable Object> value) {
    return byKey(fields, value, Tuple::reprValue);
  }

  private static Map<String, Object> byKey(
      List<TupleField<?>> fields,
      IntFunction<@Nullable Object> value,
      UnaryOperator<@Nullable Object> shown) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      map.put(fields.get(i).key(), shown.apply(value.apply(i)));
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

  // getClass, not instanceof: Uids and Gids (or two tuples of the same fields) read alike but
  // differ
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && asDict().equals(((Tuple) o).asDict());
  }

  @Override
  public final int hashCode() {
    return asDict().hashCode();
  }

  /** psutil's repr: {@code svmem(total=1024, available=512, ...)}. */
  @Override
  public String toString() {
    return Repr.of(typeName, reprFields());
  }
}

package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * What every named tuple shares: its fields are declared once, in its field table, and asDict,
 * equality, the hash and psutil's repr all follow from them, so two values read alike compare
 * alike.
 */
abstract class Tuple implements NamedTuple {
  private final String typeName;
  private final List<TupleField<?>> fields;

  /**
   * {@code typeName}: psutil's name of the tuple type, shown by the repr ({@code svmem}); {@code
   * count}: how many values were given for {@code fields}.
   *
   * @throws IllegalArgumentException when {@code count} is not the number of fields
   */
  Tuple(String typeName, List<TupleField<?>> fields, int count) {
    if (count != fields.size()) {
      throw new IllegalArgumentException(
          typeName + " needs " + fields.size() + " fields, got " + count);
    }
    this.typeName = typeName;
    this.fields = fields;
  }

  /** The value of the field at {@code index} of the table; null for an absent one. */
  abstract @Nullable Object valueAt(int index);

  /**
   * Every field by its key, in the table's order, as psutil's JSON gives it: an enum as its value,
   * a nested value as its dict; null for an absent one.
   */
  @Override
  public Map<String, Object> asDict() {
    return Collections.unmodifiableMap(byKey(Tuple::dictValue));
  }

  /** As psutil's repr shows them: a Boolean as {@code True}, an IntEnum as its member. */
  Map<String, Object> reprFields() {
    return byKey(Tuple::reprValue);
  }

  private Map<String, Object> byKey(UnaryOperator<@Nullable Object> shown) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      map.put(fields.get(i).key(), shown.apply(valueAt(i)));
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

package io.psutil4j;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * A value class's field table, read-only: its fields in psutil's order, each declared once as a
 * constant of the class ({@code VirtualMemory.TOTAL = FIELDS.bytes("total")}) while the class is
 * initialised, and never changed after.
 */
public final class FieldTable extends AbstractList<TupleField<?>> {
  private final List<TupleField<?>> fields = new ArrayList<>();
  private final boolean optional;

  private FieldTable(boolean optional) {
    this.optional = optional;
  }

  /**
   * A table that starts with the fields of {@code bases}, if any: a value that extends others
   * ({@code pmem_ex}, {@code pfullmem}).
   */
  FieldTable(FieldTable... bases) {
    this(false);
    for (FieldTable base : bases) {
      for (TupleField<?> field : base.fields) {
        field.copyTo(fields);
      }
    }
  }

  /** A table whose every field may be null: a value read from files that may each be missing. */
  static FieldTable optional() {
    return new FieldTable(true);
  }

  @Override
  public TupleField<?> get(int index) {
    return fields.get(index);
  }

  @Override
  public int size() {
    return fields.size();
  }

  /** psutil's keys of the fields, in order. */
  public List<String> keys() {
    List<String> keys = new ArrayList<>(fields.size());
    for (TupleField<?> field : fields) {
      keys.add(field.key());
    }
    return List.copyOf(keys);
  }

  <T> TupleField<T> field(String key, Class<T> type) {
    return TupleField.append(fields, key, type, null, optional);
  }

  /** A field of a generic type ({@code Map<String, String>}), checked as its erasure. */
  @SuppressWarnings("unchecked") // Class cannot carry the type arguments; of() keeps them
  <T> TupleField<T> generic(String key, Class<? super T> erasure) {
    return (TupleField<T>) TupleField.append(fields, key, erasure, null, optional);
  }

  TupleField<String> text(String key) {
    return field(key, String.class);
  }

  TupleField<Long> longs(String key, Unit unit) {
    return TupleField.append(fields, key, Long.class, unit, optional);
  }

  TupleField<Integer> ints(String key, Unit unit) {
    return TupleField.append(fields, key, Integer.class, unit, optional);
  }

  TupleField<Double> doubles(String key, Unit unit) {
    return TupleField.append(fields, key, Double.class, unit, optional);
  }

  /** psutil gives bytes as ints. */
  TupleField<Long> bytes(String key) {
    return longs(key, Unit.BYTES);
  }

  /** psutil gives seconds as floats. */
  TupleField<Double> seconds(String key) {
    return doubles(key, Unit.SECONDS);
  }

  TupleField<Double> percent(String key) {
    return doubles(key, Unit.PERCENT);
  }

  TupleField<Long> count(String key) {
    return longs(key, Unit.COUNT);
  }
}

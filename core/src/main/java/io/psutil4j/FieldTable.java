package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Declares a value class's fields in psutil's order, one constant each, while the class is
 * initialised; {@link #fields()} is the read-only list the class publishes as {@code FIELDS}.
 */
final class FieldTable {
  private final List<TupleField<?>> fields = new ArrayList<>();
  private final boolean optional;

  FieldTable() {
    this(false);
  }

  private FieldTable(boolean optional) {
    this.optional = optional;
  }

  /** A table whose every field may be null: a value read from files that may each be missing. */
  static FieldTable optional() {
    return new FieldTable(true);
  }

  /**
   * A table that starts with the fields of {@code bases}: a value that extends others ({@code
   * pmem_ex}, {@code pfullmem}).
   */
  @SafeVarargs
  FieldTable(List<TupleField<?>>... bases) {
    this(false);
    for (List<TupleField<?>> base : bases) {
      for (TupleField<?> field : base) {
        field.copyTo(fields);
      }
    }
  }

  List<TupleField<?>> fields() {
    return Collections.unmodifiableList(fields);
  }

  <T> TupleField<T> field(String key, Class<T> type) {
    return TupleField.append(fields, key, type, null, optional);
  }

  <T extends Number> TupleField<T> field(String key, Class<T> type, Unit unit) {
    return TupleField.append(fields, key, type, unit, optional);
  }

  /** A field of a generic type ({@code Map<String, String>}), checked as its erasure. */
  @SuppressWarnings("unchecked") // Class cannot carry the type arguments; of() keeps them
  <T> TupleField<T> generic(String key, Class<? super T> erasure) {
    return (TupleField<T>) TupleField.append(fields, key, erasure, null, optional);
  }

  TupleField<String> text(String key) {
    return field(key, String.class);
  }

  /** psutil gives bytes as ints. */
  TupleField<Long> bytes(String key) {
    return field(key, Long.class, Unit.BYTES);
  }

  /** psutil gives seconds as floats. */
  TupleField<Double> seconds(String key) {
    return field(key, Double.class, Unit.SECONDS);
  }

  TupleField<Double> percent(String key) {
    return field(key, Double.class, Unit.PERCENT);
  }

  TupleField<Long> count(String key) {
    return field(key, Long.class, Unit.COUNT);
  }
}

package io.psutil4j;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field of a value's field table: psutil's key, the type it holds and, for a number, its unit.
 * Each value class declares its fields once, as constants ({@code VirtualMemory.TOTAL}) in psutil's
 * order, and lists them in its public {@code FIELDS}; asDict, the repr, equality and the checks of
 * every value given follow from that table.
 *
 * @param <T> what the field holds: a number (Long, Integer or Double), a String, a Boolean, an
 *     enum, or a nested value (a {@link NamedTuple}, a List of them, a Map)
 */
public final class TupleField<T> {
  private final List<TupleField<?>> table;
  private final int index;
  private final String key;
  private final Class<T> type;
  private final @Nullable Unit unit;
  private final boolean nullable;
  private final double min;
  // the common holders, told by instanceof (a bytecode) instead of Class.isInstance (a native
  // call the interpreter cannot inline): a value is built and checked on every refresh
  private final boolean holdsLong;
  private final boolean holdsDouble;

  private TupleField(
      List<TupleField<?>> table,
      int index,
      String key,
      Class<T> type,
      @Nullable Unit unit,
      boolean nullable,
      double min) {
    this.table = table;
    this.index = index;
    this.key = key;
    this.type = type;
    this.unit = unit;
    this.nullable = nullable;
    this.min = min;
    this.holdsLong = type == Long.class;
    this.holdsDouble = type == Double.class;
  }

  /** A new field at the end of {@code table}, no number below 0. */
  static <T> TupleField<T> append(
      List<TupleField<?>> table, String key, Class<T> type, @Nullable Unit unit, boolean nullable) {
    TupleField<T> field = new TupleField<>(table, table.size(), key, type, unit, nullable, 0);
    table.add(field);
    return field;
  }

  /** This field at the end of another table, as a value that extends this one declares it. */
  void copyTo(List<TupleField<?>> other) {
    other.add(new TupleField<>(other, other.size(), key, type, unit, nullable, min));
  }

  /** psutil's name of the field: its key in {@code asDict()} and the repr. */
  public String key() {
    return key;
  }

  public Class<T> type() {
    return type;
  }

  /** The number's unit; empty for a field that holds no quantity (a name, a flag, a count set). */
  public Optional<Unit> unit() {
    return Optional.ofNullable(unit);
  }

  /** Whether the field may be null: psutil's None, or something the kernel did not give. */
  public boolean nullable() {
    return nullable;
  }

  /** The field's place in its table, psutil's order. */
  int index() {
    return index;
  }

  /** This field, taking null too; it takes its own place in the table. */
  TupleField<T> orNull() {
    return replaced(new TupleField<>(table, index, key, type, unit, true, min));
  }

  /** This field, taking numbers down to {@code least}: a sentinel (-1) or a signed value. */
  TupleField<T> atLeast(double least) {
    return replaced(new TupleField<>(table, index, key, type, unit, nullable, least));
  }

  private TupleField<T> replaced(TupleField<T> field) {
    table.set(index, field);
    return field;
  }

  /**
   * Checks a value given for this field.
   *
   * @throws NullPointerException naming this field when {@code value} is null and it may not be
   * @throws IllegalArgumentException naming this field and {@code value} when it is not of the
   *     field's type or, a number, below its least
   */
  void check(@Nullable Object value) {
    if (value == null) {
      if (!nullable) {
        throw new NullPointerException(key + " must not be null");
      }
      return;
    }
    if (holdsLong && value instanceof Long) {
      check(((Long) value).longValue());
      return;
    }
    if (holdsDouble && value instanceof Double) {
      checkAtLeast(((Double) value).doubleValue(), value);
      return;
    }
    if (!type.isInstance(value)) {
      throw new IllegalArgumentException(
          key
              + " must be a "
              + type.getSimpleName()
              + ", got the "
              + value.getClass().getSimpleName()
              + " "
              + value);
    }
    if (value instanceof Number) {
      checkAtLeast(((Number) value).doubleValue(), value);
    }
  }

  /** {@link #check} of a long, unboxed. */
  void check(long value) {
    if (value < min) {
      checkAtLeast((double) value, value);
    }
  }

  private void checkAtLeast(double number, Object shown) {
    if (!(number >= min)) {
      throw new IllegalArgumentException(
          key + " must be >= " + Repr.number(min) + ", got " + shown);
    }
  }

  @Override
  public String toString() {
    return key;
  }
}

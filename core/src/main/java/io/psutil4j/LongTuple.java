package io.psutil4j;

import java.util.List;

/**
 * A named tuple of longs held as one {@code long[]} in the order of its field table, unboxed: the
 * counters read on every refresh.
 */
abstract class LongTuple extends Tuple {
  private final long[] values;

  /**
   * {@code values}: one per field, in its order, each at least the field's least (0 but for a
   * sentinel). The array is kept.
   *
   * @throws IllegalArgumentException naming the first field below its least, or a count of values
   *     that is not the table's
   */
  LongTuple(String typeName, List<TupleField<?>> fields, long... values) {
    super(typeName, fields, values.length);
    for (int i = 0; i < values.length; i++) {
      fields.get(i).check(values[i]);
    }
    this.values = values;
  }

  /** Field-by-field sum, as psutil totals the per-entity counters. */
  static long[] total(int width, Iterable<? extends LongTuple> parts) {
    long[] total = new long[width];
    for (LongTuple p : parts) {
      for (int i = 0; i < total.length; i++) {
        total[i] += p.values[i];
      }
    }
    return total;
  }

  final long value(TupleField<Long> field) {
    return values[field.index()];
  }

  /** The values in the order of the class's field table, a fresh array. */
  long[] toArray() {
    return values.clone();
  }

  @Override
  final Object valueAt(int index) {
    return values[index];
  }
}

package io.psutil4j;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named tuple of non-negative longs held as one {@code long[]} in the order of a table of
 * psutil's field names, so a field is declared once: in the table, beside its typed accessor.
 */
abstract class LongTuple extends Tuple {
  private final List<String> fields;
  private final long[] values;

  /** {@code values} are trusted: checked by {@link #checked} or summed from checked ones. */
  LongTuple(String typeName, List<String> fields, long[] values) {
    super(typeName);
    this.fields = fields;
    this.values = values;
  }

  /** A copy of {@code values} once there is one per field and none is negative. */
  static long[] checked(String typeName, List<String> fields, long[] values) {
    if (values.length != fields.size()) {
      throw new IllegalArgumentException(
          typeName + " needs " + fields.size() + " fields, got " + values.length);
    }
    for (int i = 0; i < values.length; i++) {
      Fields.requireNonNegative(fields.get(i), values[i]);
    }
    return values.clone();
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

  final long value(int field) {
    return values[field];
  }

  /** The values in the order of the class's field table, a fresh array. */
  long[] toArray() {
    return values.clone();
  }

  @Override
  public Map<String, Object> asDict() {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(fields.get(i), values[i]);
    }
    return Collections.unmodifiableMap(map);
  }
}

package io.psutil4j;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One field of a value whose fields are declared once, as the constants of an enum: the constant's
 * name, lower-cased, is psutil's key; the type is what the field holds; a value given for it is
 * checked here, so every value of the table is checked alike.
 */
interface TupleField {
  String name();

  /**
   * What the field holds: a number (Long, Integer or Double), a String, a Boolean, an enum, or a
   * nested value (a {@link NamedTuple}, a List of them, a Map).
   */
  Class<?> type();

  /** Whether the field may be null: psutil's None, or something the kernel did not give. */
  default boolean nullable() {
    return false;
  }

  /** The least number the field takes: 0, but for a sentinel (-1, unlimited) or a signed value. */
  default double min() {
    return 0;
  }

  /** The field's key in {@code asDict()} and the repr: the constant's name, lower case. */
  default String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a value given for this field.
   *
   * @throws NullPointerException naming this field when {@code value} is null and it may not be
   * @throws IllegalArgumentException naming this field and {@code value} when it is not of the
   *     field's type or, a number, below {@link #min()}
   */
  default void check(@Nullable Object value) {
    if (value == null) {
      if (!nullable()) {
        throw new NullPointerException(key() + " must not be null");
      }
      return;
    }
    if (!type().isInstance(value)) {
      throw new IllegalArgumentException(
          key()
              + " must be a "
              + type().getSimpleName()
              + ", got the "
              + value.getClass().getSimpleName()
              + " "
              + value);
    }
    if (value instanceof Number && !(((Number) value).doubleValue() >= min())) {
      throw new IllegalArgumentException(
          key() + " must be >= " + Repr.number(min()) + ", got " + value);
    }
  }
}

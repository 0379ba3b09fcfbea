package io.psutil4j;

import java.util.Locale;

/**
 * One field of a value whose fields are declared once, as the constants of an enum: the constant's
 * name, lower-cased, is psutil's key; the type is the number the field holds.
 */
interface TupleField {
  String name();

  /** The type of the field's number: Long, Integer or Double. */
  Class<? extends Number> type();

  /** The field's key in {@code asDict()} and the repr: the constant's name, lower case. */
  default String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Checks a value given for this field; null passes (an absent optional field).
   *
   * @throws IllegalArgumentException naming this field when {@code value} is not of its type
   */
  default void requireType(Number value) {
    if (value != null && !type().isInstance(value)) {
      throw new IllegalArgumentException(
          key()
              + " must be a "
              + type().getSimpleName()
              + ", got the "
              + value.getClass().getSimpleName()
              + " "
              + value);
    }
  }
}

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
}

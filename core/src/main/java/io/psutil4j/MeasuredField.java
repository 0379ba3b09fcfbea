package io.psutil4j;

/** A number field of a table that also says the number's unit. */
interface MeasuredField extends TupleField {
  Unit unit();
}

package io.psutil4j;

/** A number field that says its unit, which decides the number's type. */
interface MeasuredField extends TupleField {
  Unit unit();

  @Override
  default Class<? extends Number> type() {
    return unit().type();
  }
}

package io.psutil4j;

import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One line of a pressure stall information (PSI) file: the share of wall time in which some (or
 * all) runnable tasks were stalled on a resource, averaged over 10, 60 and 300 seconds (percent),
 * and the total stall time (microseconds, a counter). Kernel 4.20+,
 * Documentation/accounting/psi.rst; psutil has no equivalent.
 */
public final class PsiLine extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Double> AVG10 = FIELDS.percent("avg10").orNull();
  public static final TupleField<Double> AVG60 = FIELDS.percent("avg60").orNull();
  public static final TupleField<Double> AVG300 = FIELDS.percent("avg300").orNull();
  public static final TupleField<Long> TOTAL = FIELDS.longs("total", Unit.MICROSECONDS).orNull();

  private PsiLine(@Nullable Object[] checked) {
    super("psi", FIELDS, checked, true);
  }

  /**
   * Builds from the averages (percent) and the total (microseconds); null for a field the line
   * lacks.
   *
   * @throws IllegalArgumentException naming a negative field
   */
  public static PsiLine of(
      @Nullable Double avg10,
      @Nullable Double avg60,
      @Nullable Double avg300,
      @Nullable Long total) {
    // each field checked by its constant, not through the table: a pressure read builds eight
    AVG10.check(avg10);
    AVG60.check(avg60);
    AVG300.check(avg300);
    TOTAL.check(total);
    return new PsiLine(new Object[] {avg10, avg60, avg300, total});
  }

  /** Percent of the last 10 seconds stalled. */
  public OptionalDouble avg10() {
    return optionalDouble(AVG10);
  }

  /** Percent of the last 60 seconds stalled. */
  public OptionalDouble avg60() {
    return optionalDouble(AVG60);
  }

  /** Percent of the last 300 seconds stalled. */
  public OptionalDouble avg300() {
    return optionalDouble(AVG300);
  }

  /** Total stall time, microseconds (a counter). */
  public OptionalLong total() {
    return optionalLong(TOTAL);
  }
}

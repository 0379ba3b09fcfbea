package io.psutil4j;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One line of a pressure stall information (PSI) file: the share of wall time in which some (or
 * all) runnable tasks were stalled on a resource, averaged over 10, 60 and 300 seconds (percent),
 * and the total stall time (microseconds, a counter). Kernel 4.20+,
 * Documentation/accounting/psi.rst; psutil has no equivalent.
 */
public final class PsiLine extends FieldTuple<PsiLine.Field> {
  /** The fields, in the line's order: three percentages, then microseconds. */
  enum Field implements MeasuredField {
    AVG10,
    AVG60,
    AVG300,
    TOTAL;

    @Override
    public Unit unit() {
      return this == TOTAL ? Unit.MICROSECONDS : Unit.PERCENT;
    }
  }

  private PsiLine(Map<Field, Number> values) {
    super("psi", Field.class, values);
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
    Map<Field, Number> values = new EnumMap<>(Field.class);
    values.put(Field.AVG10, avg10);
    values.put(Field.AVG60, avg60);
    values.put(Field.AVG300, avg300);
    values.put(Field.TOTAL, total);
    return new PsiLine(values);
  }

  /** Percent of the last 10 seconds stalled. */
  public OptionalDouble avg10() {
    return optionalDouble(Field.AVG10);
  }

  /** Percent of the last 60 seconds stalled. */
  public OptionalDouble avg60() {
    return optionalDouble(Field.AVG60);
  }

  /** Percent of the last 300 seconds stalled. */
  public OptionalDouble avg300() {
    return optionalDouble(Field.AVG300);
  }

  /** Total stall time, microseconds (a counter). */
  public OptionalLong total() {
    return optionalLong(Field.TOTAL);
  }
}

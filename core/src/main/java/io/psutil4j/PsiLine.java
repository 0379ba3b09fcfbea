package io.psutil4j;

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
public final class PsiLine extends Tuple {
  private final @Nullable Double avg10;
  private final @Nullable Double avg60;
  private final @Nullable Double avg300;
  private final @Nullable Long total;

  private PsiLine(
      @Nullable Double avg10,
      @Nullable Double avg60,
      @Nullable Double avg300,
      @Nullable Long total) {
    super("psi");
    Fields.requireNonNegativeOrNull("avg10", avg10);
    Fields.requireNonNegativeOrNull("avg60", avg60);
    Fields.requireNonNegativeOrNull("avg300", avg300);
    Fields.requireNonNegativeOrNull("total", total);
    this.avg10 = avg10;
    this.avg60 = avg60;
    this.avg300 = avg300;
    this.total = total;
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
    return new PsiLine(avg10, avg60, avg300, total);
  }

  /** Percent of the last 10 seconds stalled. */
  public OptionalDouble avg10() {
    return avg10 == null ? OptionalDouble.empty() : OptionalDouble.of(avg10);
  }

  /** Percent of the last 60 seconds stalled. */
  public OptionalDouble avg60() {
    return avg60 == null ? OptionalDouble.empty() : OptionalDouble.of(avg60);
  }

  /** Percent of the last 300 seconds stalled. */
  public OptionalDouble avg300() {
    return avg300 == null ? OptionalDouble.empty() : OptionalDouble.of(avg300);
  }

  /** Total stall time, microseconds (a counter). */
  public OptionalLong total() {
    return total == null ? OptionalLong.empty() : OptionalLong.of(total);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "avg10", avg10,
        "avg60", avg60,
        "avg300", avg300,
        "total", total);
  }
}

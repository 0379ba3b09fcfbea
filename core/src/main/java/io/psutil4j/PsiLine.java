package io.psutil4j;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One line of a pressure stall information (PSI) file: the share of wall time in which some (or
 * all) runnable tasks were stalled on a resource, averaged over 10, 60 and 300 seconds (percent),
 * and the total stall time (microseconds, a counter). Kernel 4.20+,
 * Documentation/accounting/psi.rst; psutil has no equivalent.
 */
public final class PsiLine implements NamedTuple {
  private final Double avg10;
  private final Double avg60;
  private final Double avg300;
  private final Long total;

  private PsiLine(Builder b) {
    nonNegative("avg10", b.avg10);
    nonNegative("avg60", b.avg60);
    nonNegative("avg300", b.avg300);
    nonNegative("total", b.total);
    this.avg10 = b.avg10;
    this.avg60 = b.avg60;
    this.avg300 = b.avg300;
    this.total = b.total;
  }

  public static Builder builder() {
    return new Builder();
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

  @Override
  public String toString() {
    return Repr.of("psi", asDict());
  }

  private static void nonNegative(String field, Number value) {
    if (value != null && !(value.doubleValue() >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0 or null, got " + value);
    }
  }

  /** Collects the fields; absent ones stay empty (unknown, or no limit for a limit). */
  public static final class Builder {
    private Double avg10;
    private Double avg60;
    private Double avg300;
    private Long total;

    private Builder() {}

    /** Percent of the last 10 seconds stalled. */
    public Builder avg10(Double value) {
      this.avg10 = value;
      return this;
    }

    /** Percent of the last 60 seconds stalled. */
    public Builder avg60(Double value) {
      this.avg60 = value;
      return this;
    }

    /** Percent of the last 300 seconds stalled. */
    public Builder avg300(Double value) {
      this.avg300 = value;
      return this;
    }

    /** Total stall time, microseconds (a counter). */
    public Builder total(Long value) {
      this.total = value;
      return this;
    }

    /**
     * The value with the fields set so far.
     *
     * @throws IllegalArgumentException naming a negative field
     */
    public PsiLine build() {
      return new PsiLine(this);
    }
  }
}

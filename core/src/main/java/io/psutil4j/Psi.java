package io.psutil4j;

import java.util.Map;
import java.util.Optional;

/**
 * Pressure stall information of one resource: the "some" line (at least one task stalled) and the
 * "full" line (all non-idle tasks stalled at once). Either may be absent: host cpu has no full line
 * before kernel 5.13, irq has only a full line.
 */
public final class Psi extends Tuple {
  private final PsiLine some;
  private final PsiLine full;

  private Psi(Builder b) {
    super("pressure");

    this.some = b.some;
    this.full = b.full;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Time in which at least one task was stalled; empty when the file has no "some" line. */
  public Optional<PsiLine> some() {
    return Optional.ofNullable(some);
  }

  /** Time in which all non-idle tasks were stalled; empty when the file has no "full" line. */
  public Optional<PsiLine> full() {
    return Optional.ofNullable(full);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "some", some == null ? null : some.asDict(),
        "full", full == null ? null : full.asDict());
  }

  /** Collects the fields; absent ones stay empty (unknown, or no limit for a limit). */
  public static final class Builder {
    private PsiLine some;
    private PsiLine full;

    private Builder() {}

    /** Time in which at least one task was stalled; empty when the file has no "some" line. */
    public Builder some(PsiLine value) {
      this.some = value;
      return this;
    }

    /** Time in which all non-idle tasks were stalled; empty when the file has no "full" line. */
    public Builder full(PsiLine value) {
      this.full = value;
      return this;
    }

    public Psi build() {
      return new Psi(this);
    }
  }
}

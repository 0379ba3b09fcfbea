package io.psutil4j;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pressure stall information of one resource: the "some" line (at least one task stalled) and the
 * "full" line (all non-idle tasks stalled at once). Either may be absent: host cpu has no full line
 * before kernel 5.13, irq has only a full line.
 */
public final class Psi extends Tuple {
  private final @Nullable PsiLine some;
  private final @Nullable PsiLine full;

  private Psi(@Nullable PsiLine some, @Nullable PsiLine full) {
    super("pressure");
    this.some = some;
    this.full = full;
  }

  /** Builds from the file's two lines; null for a line the file lacks. */
  public static Psi of(@Nullable PsiLine some, @Nullable PsiLine full) {
    return new Psi(some, full);
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
}

package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pressure stall information of one resource: the "some" line (at least one task stalled) and the
 * "full" line (all non-idle tasks stalled at once). Either may be absent: host cpu has no full line
 * before kernel 5.13, irq has only a full line.
 */
public final class Psi extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = FieldTable.optional();

  public static final TupleField<PsiLine> SOME = FIELDS.field("some", PsiLine.class);
  public static final TupleField<PsiLine> FULL = FIELDS.field("full", PsiLine.class);

  private Psi(@Nullable Object... values) {
    super("pressure", FIELDS, values);
  }

  /** Builds from the file's two lines; null for a line the file lacks. */
  public static Psi of(@Nullable PsiLine some, @Nullable PsiLine full) {
    return new Psi(some, full);
  }

  /** Time in which at least one task was stalled; empty when the file has no "some" line. */
  public Optional<PsiLine> some() {
    return optional(SOME);
  }

  /** Time in which all non-idle tasks were stalled; empty when the file has no "full" line. */
  public Optional<PsiLine> full() {
    return optional(FULL);
  }
}

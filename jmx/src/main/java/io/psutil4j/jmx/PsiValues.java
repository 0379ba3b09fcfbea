package io.psutil4j.jmx;

import io.psutil4j.Psi;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Pressure stall values as attributes show them: null where the kernel has no such line. */
final class PsiValues {
  private PsiValues() {}

  static @Nullable Double someAvg10(Optional<Psi> psi) {
    return psi.flatMap(Psi::some).map(l -> value(l.avg10())).orElse(null);
  }

  static @Nullable Double value(OptionalDouble d) {
    return d.isPresent() ? d.getAsDouble() : null;
  }

  /** Microseconds, as the kernel counts stall time, to seconds. */
  static @Nullable Double seconds(OptionalLong micros) {
    return micros.isPresent() ? micros.getAsLong() / 1e6 : null;
  }
}

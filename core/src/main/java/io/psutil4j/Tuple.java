package io.psutil4j;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every named tuple shares: its fields are declared once, in {@link #asDict()}, and equality,
 * the hash and psutil's repr all follow from them, so two values read alike compare alike.
 */
abstract class Tuple implements NamedTuple {
  private final String typeName;

  /** {@code typeName}: psutil's name of the tuple type, shown by the repr ({@code svmem}). */
  Tuple(String typeName) {
    this.typeName = typeName;
  }

  /** The fields as psutil's repr shows them; an enum field overrides this to show its member. */
  Map<String, Object> reprFields() {
    return asDict();
  }

  // getClass, not instanceof: Uids and Gids (or two tuples of the same fields) read alike but
  // differ
  @SuppressWarnings("EqualsGetClass")
  @Override
  public final boolean equals(@Nullable Object o) {
    return o != null && o.getClass() == getClass() && asDict().equals(((Tuple) o).asDict());
  }

  @Override
  public final int hashCode() {
    return asDict().hashCode();
  }

  /** psutil's repr: {@code svmem(total=1024, available=512, ...)}. */
  @Override
  public String toString() {
    return Repr.of(typeName, reprFields());
  }
}

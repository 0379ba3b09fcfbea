package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code pgids}: real, effective and saved gid from the {@code Gid:} line of
 * /proc/PID/status.
 */
public final class Gids implements NamedTuple {
  private final long real;
  private final long effective;
  private final long saved;

  private Gids(long real, long effective, long saved) {
    this.real = Fields.requireNonNegative("real", real);
    this.effective = Fields.requireNonNegative("effective", effective);
    this.saved = Fields.requireNonNegative("saved", saved);
  }

  public static Gids of(long real, long effective, long saved) {
    return new Gids(real, effective, saved);
  }

  /** Real gid. */
  public long real() {
    return real;
  }

  /** Effective gid. */
  public long effective() {
    return effective;
  }

  /** Saved set-gid. */
  public long saved() {
    return saved;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("real", real, "effective", effective, "saved", saved);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Gids && asDict().equals(((Gids) o).asDict());
  }

  @Override
  public int hashCode() {
    return asDict().hashCode();
  }

  @Override
  public String toString() {
    return Repr.of("pgids", asDict());
  }
}

package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code puids}: real, effective and saved uid from the {@code Uid:} line of
 * /proc/PID/status (the fourth, filesystem uid, is left out as psutil does).
 */
public final class Uids implements NamedTuple {
  private final long real;
  private final long effective;
  private final long saved;

  private Uids(long real, long effective, long saved) {
    this.real = Fields.requireNonNegative("real", real);
    this.effective = Fields.requireNonNegative("effective", effective);
    this.saved = Fields.requireNonNegative("saved", saved);
  }

  public static Uids of(long real, long effective, long saved) {
    return new Uids(real, effective, saved);
  }

  /** Real uid. */
  public long real() {
    return real;
  }

  /** Effective uid. */
  public long effective() {
    return effective;
  }

  /** Saved set-uid. */
  public long saved() {
    return saved;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("real", real, "effective", effective, "saved", saved);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Uids && asDict().equals(((Uids) o).asDict());
  }

  @Override
  public int hashCode() {
    return asDict().hashCode();
  }

  @Override
  public String toString() {
    return Repr.of("puids", asDict());
  }
}

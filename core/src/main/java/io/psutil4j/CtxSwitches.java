package io.psutil4j;

import java.util.Map;

/** psutil's {@code pctxsw}: context switches of a process since it started, from its status. */
public final class CtxSwitches extends Tuple {
  private final long voluntary;
  private final long involuntary;

  private CtxSwitches(long voluntary, long involuntary) {
    super("pctxsw");
    this.voluntary = Fields.requireNonNegative("voluntary", voluntary);
    this.involuntary = Fields.requireNonNegative("involuntary", involuntary);
  }

  public static CtxSwitches of(long voluntary, long involuntary) {
    return new CtxSwitches(voluntary, involuntary);
  }

  /** The process gave up the CPU (waited for I/O, a lock, a sleep). */
  public long voluntary() {
    return voluntary;
  }

  /** The scheduler took the CPU away (time slice over, a higher priority task). */
  public long involuntary() {
    return involuntary;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("voluntary", voluntary, "involuntary", involuntary);
  }
}

package io.psutil4j;

import java.util.List;

/** psutil's {@code pctxsw}: context switches of a process since it started, from its status. */
public final class CtxSwitches extends LongTuple {

  /** psutil's field names, in psutil's order: the order of {@link #of}. */
  private static final List<String> FIELDS = List.of("voluntary", "involuntary");

  private CtxSwitches(long[] values) {
    super("pctxsw", FIELDS, values);
  }

  public static CtxSwitches of(long voluntary, long involuntary) {
    return new CtxSwitches(checked("pctxsw", FIELDS, new long[] {voluntary, involuntary}));
  }

  /** The process gave up the CPU (waited for I/O, a lock, a sleep). */
  public long voluntary() {
    return value(0);
  }

  /** The scheduler took the CPU away (time slice over, a higher priority task). */
  public long involuntary() {
    return value(1);
  }
}

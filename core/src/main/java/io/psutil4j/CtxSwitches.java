package io.psutil4j;

/** psutil's {@code pctxsw}: context switches of a process since it started, from its status. */
public final class CtxSwitches extends LongTuple {

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> VOLUNTARY = FIELDS.count("voluntary");
  public static final TupleField<Long> INVOLUNTARY = FIELDS.count("involuntary");

  private CtxSwitches(long... values) {
    super("pctxsw", FIELDS, values);
  }

  public static CtxSwitches of(long voluntary, long involuntary) {
    return new CtxSwitches(voluntary, involuntary);
  }

  /** The process gave up the CPU (waited for I/O, a lock, a sleep). */
  public long voluntary() {
    return value(VOLUNTARY);
  }

  /** The scheduler took the CPU away (time slice over, a higher priority task). */
  public long involuntary() {
    return value(INVOLUNTARY);
  }
}

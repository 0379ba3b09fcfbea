package io.psutil4j;

/**
 * The real, effective and saved ids of a process from one line of /proc/PID/status: the one body of
 * psutil's {@code puids} and {@code pgids}.
 */
abstract class ProcessIds extends LongTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> REAL = FIELDS.longs("real", Unit.ID);
  public static final TupleField<Long> EFFECTIVE = FIELDS.longs("effective", Unit.ID);
  public static final TupleField<Long> SAVED = FIELDS.longs("saved", Unit.ID);

  ProcessIds(String typeName, long real, long effective, long saved) {
    super(typeName, FIELDS, real, effective, saved);
  }

  /** The real id: the user or group that started the process. */
  public long real() {
    return value(REAL);
  }

  /** The effective id: the one permission checks use. */
  public long effective() {
    return value(EFFECTIVE);
  }

  /** The saved set-id: the one an exec of a set-id program left. */
  public long saved() {
    return value(SAVED);
  }
}

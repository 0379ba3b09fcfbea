package io.psutil4j;

import java.util.List;

/**
 * The real, effective and saved ids of a process from one line of /proc/PID/status: the one body of
 * psutil's {@code puids} and {@code pgids}.
 */
abstract class ProcessIds extends LongTuple {
  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<Long> REAL = TABLE.field("real", Long.class, Unit.ID);
  public static final TupleField<Long> EFFECTIVE = TABLE.field("effective", Long.class, Unit.ID);
  public static final TupleField<Long> SAVED = TABLE.field("saved", Long.class, Unit.ID);

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

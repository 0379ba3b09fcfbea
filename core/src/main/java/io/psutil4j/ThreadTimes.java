package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code pthread}: one thread (task) of a process and its CPU seconds, from
 * /proc/PID/task/TID/stat.
 */
public final class ThreadTimes extends FieldTuple {
  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<Integer> ID = TABLE.field("id", Integer.class, Unit.ID);
  public static final TupleField<Double> USER_TIME = TABLE.seconds("user_time");
  public static final TupleField<Double> SYSTEM_TIME = TABLE.seconds("system_time");

  private ThreadTimes(Object... values) {
    super("pthread", FIELDS, values);
  }

  public static ThreadTimes of(int id, double userTime, double systemTime) {
    return new ThreadTimes(id, userTime, systemTime);
  }

  /** The thread id (TID). */
  public int id() {
    return intValue(ID);
  }

  /** Seconds in user mode. */
  public double userTime() {
    return doubleValue(USER_TIME);
  }

  /** Seconds in kernel mode. */
  public double systemTime() {
    return doubleValue(SYSTEM_TIME);
  }
}

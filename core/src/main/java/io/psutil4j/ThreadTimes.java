package io.psutil4j;

/**
 * psutil's {@code pthread}: one thread (task) of a process and its CPU seconds, from
 * /proc/PID/task/TID/stat.
 */
public final class ThreadTimes extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Integer> ID = FIELDS.ints("id", Unit.ID);
  public static final TupleField<Double> USER_TIME = FIELDS.seconds("user_time");
  public static final TupleField<Double> SYSTEM_TIME = FIELDS.seconds("system_time");

  private ThreadTimes(Object... values) {
    super("pthread", FIELDS, values);
  }

  public static ThreadTimes of(int id, double userTime, double systemTime) {
    return new ThreadTimes(id, userTime, systemTime);
  }

  /** The thread id (TID). */
  public int id() {
    return value(ID);
  }

  /** Seconds in user mode. */
  public double userTime() {
    return value(USER_TIME);
  }

  /** Seconds in kernel mode. */
  public double systemTime() {
    return value(SYSTEM_TIME);
  }
}

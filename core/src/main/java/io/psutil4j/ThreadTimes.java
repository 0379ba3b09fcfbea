package io.psutil4j;

/**
 * psutil's {@code pthread}: one thread (task) of a process and its CPU seconds, from
 * /proc/PID/task/TID/stat.
 */
public final class ThreadTimes extends FieldTuple<ThreadTimes.Field> {
  /** psutil's fields, in psutil's order: the thread id, then seconds. */
  enum Field implements MeasuredField {
    ID,
    USER_TIME,
    SYSTEM_TIME;

    @Override
    public Unit unit() {
      return this == ID ? Unit.ID : Unit.SECONDS;
    }
  }

  private ThreadTimes(Object... values) {
    super("pthread", Field.class, values);
  }

  public static ThreadTimes of(int id, double userTime, double systemTime) {
    return new ThreadTimes(id, userTime, systemTime);
  }

  /** The thread id (TID). */
  public int id() {
    return intValue(Field.ID);
  }

  /** Seconds in user mode. */
  public double userTime() {
    return doubleValue(Field.USER_TIME);
  }

  /** Seconds in kernel mode. */
  public double systemTime() {
    return doubleValue(Field.SYSTEM_TIME);
  }
}

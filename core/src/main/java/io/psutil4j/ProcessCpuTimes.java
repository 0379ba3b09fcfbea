package io.psutil4j;

/**
 * psutil's {@code pcputimes}: seconds of CPU a process used, from /proc/PID/stat fields 14-17 and
 * 42, ticks divided by CLK_TCK.
 */
public final class ProcessCpuTimes extends FieldTuple<ProcessCpuTimes.Field> {
  /** psutil's fields, in psutil's order; seconds. */
  enum Field implements MeasuredField {
    USER,
    SYSTEM,
    CHILDREN_USER,
    CHILDREN_SYSTEM,
    IOWAIT;

    @Override
    public Unit unit() {
      return Unit.SECONDS;
    }
  }

  private ProcessCpuTimes(Object... values) {
    super("pcputimes", Field.class, values);
  }

  public static ProcessCpuTimes of(
      double user, double system, double childrenUser, double childrenSystem, double iowait) {
    return new ProcessCpuTimes(user, system, childrenUser, childrenSystem, iowait);
  }

  /** Seconds in user mode. */
  public double user() {
    return doubleValue(Field.USER);
  }

  /** Seconds in kernel mode. */
  public double system() {
    return doubleValue(Field.SYSTEM);
  }

  /** User seconds of waited-for children. */
  public double childrenUser() {
    return doubleValue(Field.CHILDREN_USER);
  }

  /** Kernel seconds of waited-for children. */
  public double childrenSystem() {
    return doubleValue(Field.CHILDREN_SYSTEM);
  }

  /** Seconds waiting for block I/O (delayacct_blkio_ticks; 0 unless delay accounting is on). */
  public double iowait() {
    return doubleValue(Field.IOWAIT);
  }
}

package io.psutil4j;

/**
 * psutil's {@code pcputimes}: seconds of CPU a process used, from /proc/PID/stat fields 14-17 and
 * 42, ticks divided by CLK_TCK.
 */
public final class ProcessCpuTimes extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Double> USER = FIELDS.seconds("user");
  public static final TupleField<Double> SYSTEM = FIELDS.seconds("system");
  public static final TupleField<Double> CHILDREN_USER = FIELDS.seconds("children_user");
  public static final TupleField<Double> CHILDREN_SYSTEM = FIELDS.seconds("children_system");
  public static final TupleField<Double> IOWAIT = FIELDS.seconds("iowait");

  private ProcessCpuTimes(Object... values) {
    super("pcputimes", FIELDS, values);
  }

  public static ProcessCpuTimes of(
      double user, double system, double childrenUser, double childrenSystem, double iowait) {
    return new ProcessCpuTimes(user, system, childrenUser, childrenSystem, iowait);
  }

  /** Seconds in user mode. */
  public double user() {
    return value(USER);
  }

  /** Seconds in kernel mode. */
  public double system() {
    return value(SYSTEM);
  }

  /** User seconds of waited-for children. */
  public double childrenUser() {
    return value(CHILDREN_USER);
  }

  /** Kernel seconds of waited-for children. */
  public double childrenSystem() {
    return value(CHILDREN_SYSTEM);
  }

  /** Seconds waiting for block I/O (delayacct_blkio_ticks; 0 unless delay accounting is on). */
  public double iowait() {
    return value(IOWAIT);
  }
}

package io.psutil4j;

/**
 * psutil's {@code getloadavg()}: the 1, 5 and 15 minute load averages from /proc/loadavg (runnable
 * plus uninterruptible tasks, host-wide).
 */
public final class LoadAverage extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Double> LOAD1 = FIELDS.doubles("load1", Unit.TASKS);
  public static final TupleField<Double> LOAD5 = FIELDS.doubles("load5", Unit.TASKS);
  public static final TupleField<Double> LOAD15 = FIELDS.doubles("load15", Unit.TASKS);

  private LoadAverage(Object... values) {
    super("loadavg", FIELDS, values);
  }

  public static LoadAverage of(double load1, double load5, double load15) {
    return new LoadAverage(load1, load5, load15);
  }

  public double load1() {
    return value(LOAD1);
  }

  public double load5() {
    return value(LOAD5);
  }

  public double load15() {
    return value(LOAD15);
  }

  /** psutil returns a plain 3-tuple; this is it. */
  public double[] toArray() {
    return new double[] {load1(), load5(), load15()};
  }

  @Override
  public String toString() {
    return "(" + load1() + ", " + load5() + ", " + load15() + ")";
  }
}

package io.psutil4j;

/**
 * psutil's {@code getloadavg()}: the 1, 5 and 15 minute load averages from /proc/loadavg (runnable
 * plus uninterruptible tasks, host-wide).
 */
public final class LoadAverage extends FieldTuple<LoadAverage.Field> {
  /** The three averages, in psutil's order. */
  enum Field implements MeasuredField {
    LOAD1,
    LOAD5,
    LOAD15;

    @Override
    public Unit unit() {
      return Unit.TASKS;
    }
  }

  private LoadAverage(Object... values) {
    super("loadavg", Field.class, values);
  }

  public static LoadAverage of(double load1, double load5, double load15) {
    return new LoadAverage(load1, load5, load15);
  }

  public double load1() {
    return doubleValue(Field.LOAD1);
  }

  public double load5() {
    return doubleValue(Field.LOAD5);
  }

  public double load15() {
    return doubleValue(Field.LOAD15);
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

package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code getloadavg()}: the 1, 5 and 15 minute load averages from /proc/loadavg (runnable
 * plus uninterruptible tasks, host-wide).
 */
public final class LoadAverage extends Tuple {
  private final double load1;
  private final double load5;
  private final double load15;

  private LoadAverage(double load1, double load5, double load15) {
    super("loadavg");
    this.load1 = Fields.requireNonNegative("load1", load1);
    this.load5 = Fields.requireNonNegative("load5", load5);
    this.load15 = Fields.requireNonNegative("load15", load15);
  }

  public static LoadAverage of(double load1, double load5, double load15) {
    return new LoadAverage(load1, load5, load15);
  }

  public double load1() {
    return load1;
  }

  public double load5() {
    return load5;
  }

  public double load15() {
    return load15;
  }

  /** psutil returns a plain 3-tuple; this is it. */
  public double[] toArray() {
    return new double[] {load1, load5, load15};
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("load1", load1, "load5", load5, "load15", load15);
  }

  @Override
  public String toString() {
    return "(" + load1 + ", " + load5 + ", " + load15 + ")";
  }
}

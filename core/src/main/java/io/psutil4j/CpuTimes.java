package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code scputimes}: seconds the CPU(s) spent in each mode since boot, from /proc/stat
 * ticks divided by CLK_TCK. {@code user} includes {@code guest} and {@code nice} includes {@code
 * guest_nice}, as in the kernel.
 */
public final class CpuTimes extends FieldTuple<CpuTimes.Field> {
  /** psutil 8's fields, in its order; seconds. */
  enum Field implements MeasuredField {
    USER,
    SYSTEM,
    IDLE,
    NICE,
    IOWAIT,
    IRQ,
    SOFTIRQ,
    STEAL,
    GUEST,
    GUEST_NICE;

    @Override
    public Unit unit() {
      return Unit.SECONDS;
    }
  }

  private static final Field[] TABLE = Field.values();

  /** Field names in psutil 8's order, the order of {@link #of} and {@link #toArray}. */
  public static final List<String> FIELDS = keys(TABLE);

  private CpuTimes(Object[] seconds) {
    super("scputimes", TABLE, seconds);
  }

  /** Builds from seconds in psutil 8's order (user, system, idle, nice, iowait, ...). */
  public static CpuTimes of(double... seconds) {
    if (seconds.length != TABLE.length) {
      throw new IllegalArgumentException(
          "cpu times need " + TABLE.length + " fields, got " + seconds.length);
    }
    Object[] boxed = new Object[seconds.length];
    for (int i = 0; i < seconds.length; i++) {
      boxed[i] = seconds[i];
    }
    return new CpuTimes(boxed);
  }

  public double user() {
    return doubleValue(Field.USER);
  }

  public double system() {
    return doubleValue(Field.SYSTEM);
  }

  public double idle() {
    return doubleValue(Field.IDLE);
  }

  public double nice() {
    return doubleValue(Field.NICE);
  }

  public double iowait() {
    return doubleValue(Field.IOWAIT);
  }

  public double irq() {
    return doubleValue(Field.IRQ);
  }

  public double softirq() {
    return doubleValue(Field.SOFTIRQ);
  }

  public double steal() {
    return doubleValue(Field.STEAL);
  }

  public double guest() {
    return doubleValue(Field.GUEST);
  }

  public double guestNice() {
    return doubleValue(Field.GUEST_NICE);
  }

  /** The fields in psutil 8's order, a fresh array. */
  public double[] toArray() {
    double[] seconds = new double[TABLE.length];
    for (Field field : TABLE) {
      seconds[field.ordinal()] = doubleValue(field);
    }
    return seconds;
  }
}

package io.psutil4j;

/**
 * psutil's {@code scputimes}: seconds the CPU(s) spent in each mode since boot, from /proc/stat
 * ticks divided by CLK_TCK. {@code user} includes {@code guest} and {@code nice} includes {@code
 * guest_nice}, as in the kernel.
 */
public final class CpuTimes extends FieldTuple {
  /** psutil 8's fields, in its order: the order of {@link #of} and {@link #toArray}. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Double> USER = FIELDS.seconds("user");
  public static final TupleField<Double> SYSTEM = FIELDS.seconds("system");
  public static final TupleField<Double> IDLE = FIELDS.seconds("idle");
  public static final TupleField<Double> NICE = FIELDS.seconds("nice");
  public static final TupleField<Double> IOWAIT = FIELDS.seconds("iowait");
  public static final TupleField<Double> IRQ = FIELDS.seconds("irq");
  public static final TupleField<Double> SOFTIRQ = FIELDS.seconds("softirq");
  public static final TupleField<Double> STEAL = FIELDS.seconds("steal");
  public static final TupleField<Double> GUEST = FIELDS.seconds("guest");
  public static final TupleField<Double> GUEST_NICE = FIELDS.seconds("guest_nice");

  private CpuTimes(Object[] seconds) {
    super("scputimes", FIELDS, seconds);
  }

  /** Builds from seconds in psutil 8's order (user, system, idle, nice, iowait, ...). */
  public static CpuTimes of(double... seconds) {
    if (seconds.length != FIELDS.size()) {
      throw new IllegalArgumentException(
          "cpu times need " + FIELDS.size() + " fields, got " + seconds.length);
    }
    Object[] boxed = new Object[seconds.length];
    for (int i = 0; i < seconds.length; i++) {
      boxed[i] = seconds[i];
    }
    return new CpuTimes(boxed);
  }

  public double user() {
    return value(USER);
  }

  public double system() {
    return value(SYSTEM);
  }

  public double idle() {
    return value(IDLE);
  }

  public double nice() {
    return value(NICE);
  }

  public double iowait() {
    return value(IOWAIT);
  }

  public double irq() {
    return value(IRQ);
  }

  public double softirq() {
    return value(SOFTIRQ);
  }

  public double steal() {
    return value(STEAL);
  }

  public double guest() {
    return value(GUEST);
  }

  public double guestNice() {
    return value(GUEST_NICE);
  }

  /** The fields in psutil 8's order, a fresh array. */
  public double[] toArray() {
    return new double[] {
      user(), system(), idle(), nice(), iowait(), irq(), softirq(), steal(), guest(), guestNice()
    };
  }
}

package io.psutil4j;

/**
 * psutil's {@code snicstats}: one network interface's state. {@code isup} is the kernel's
 * IFF_RUNNING (up and the link operational), not just administratively up; {@code speed} is in
 * Mbit/s, 0 when unknown; {@code mtu} in bytes; {@code flags} is psutil's comma-separated list of
 * lower-case flag names ({@code up,broadcast,running,multicast}).
 */
public final class NicStats extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Boolean> ISUP = FIELDS.field("isup", Boolean.class);
  public static final TupleField<NicDuplex> DUPLEX = FIELDS.field("duplex", NicDuplex.class);
  public static final TupleField<Integer> SPEED = FIELDS.ints("speed", Unit.MEGABITS_PER_SECOND);
  public static final TupleField<Integer> MTU = FIELDS.ints("mtu", Unit.BYTES);
  public static final TupleField<String> FLAGS = FIELDS.text("flags");

  private NicStats(Object... values) {
    super("snicstats", FIELDS, values);
  }

  public static NicStats of(boolean isup, NicDuplex duplex, int speed, int mtu, String flags) {
    return new NicStats(isup, duplex, speed, mtu, flags);
  }

  public boolean isup() {
    return value(ISUP);
  }

  public NicDuplex duplex() {
    return value(DUPLEX);
  }

  /** Link speed, Mbit/s; 0 when the driver does not say. */
  public int speed() {
    return value(SPEED);
  }

  /** Maximum transmission unit, bytes. */
  public int mtu() {
    return value(MTU);
  }

  public String flags() {
    return value(FLAGS);
  }
}

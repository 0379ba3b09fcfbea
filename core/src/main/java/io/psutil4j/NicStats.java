package io.psutil4j;

/**
 * psutil's {@code snicstats}: one network interface's state. {@code isup} is the kernel's
 * IFF_RUNNING (up and the link operational), not just administratively up; {@code speed} is in
 * Mbit/s, 0 when unknown; {@code mtu} in bytes; {@code flags} is psutil's comma-separated list of
 * lower-case flag names ({@code up,broadcast,running,multicast}).
 */
public final class NicStats extends FieldTuple<NicStats.Field> {
  /** psutil's fields, in psutil's order; duplex is its int in the dict. */
  enum Field implements TupleField {
    ISUP(Boolean.class),
    DUPLEX(NicDuplex.class),
    SPEED(Integer.class),
    MTU(Integer.class),
    FLAGS(String.class);

    private final Class<?> type;

    Field(Class<?> type) {
      this.type = type;
    }

    @Override
    public Class<?> type() {
      return type;
    }
  }

  private NicStats(Object... values) {
    super("snicstats", Field.class, values);
  }

  public static NicStats of(boolean isup, NicDuplex duplex, int speed, int mtu, String flags) {
    return new NicStats(isup, duplex, speed, mtu, flags);
  }

  public boolean isup() {
    return value(Field.ISUP, Boolean.class);
  }

  public NicDuplex duplex() {
    return value(Field.DUPLEX, NicDuplex.class);
  }

  /** Link speed, Mbit/s; 0 when the driver does not say. */
  public int speed() {
    return intValue(Field.SPEED);
  }

  /** Maximum transmission unit, bytes. */
  public int mtu() {
    return intValue(Field.MTU);
  }

  public String flags() {
    return string(Field.FLAGS);
  }
}

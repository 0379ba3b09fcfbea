package io.psutil4j;

/**
 * psutil's {@code sdiskpart}: one mount table entry. {@code device} is {@code ""} for a mount whose
 * source is {@code none}; {@code opts} is the raw comma-separated option string.
 */
public final class DiskPartition extends FieldTuple<DiskPartition.Field> {
  /** psutil's fields, in psutil's order; all strings. */
  enum Field implements TupleField {
    DEVICE,
    MOUNTPOINT,
    FSTYPE,
    OPTS;

    @Override
    public Class<?> type() {
      return String.class;
    }
  }

  private DiskPartition(Object... values) {
    super("sdiskpart", Field.class, values);
  }

  public static DiskPartition of(String device, String mountpoint, String fstype, String opts) {
    return new DiskPartition(device, mountpoint, fstype, opts);
  }

  public String device() {
    return string(Field.DEVICE);
  }

  public String mountpoint() {
    return string(Field.MOUNTPOINT);
  }

  public String fstype() {
    return string(Field.FSTYPE);
  }

  public String opts() {
    return string(Field.OPTS);
  }
}

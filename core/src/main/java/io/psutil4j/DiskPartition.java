package io.psutil4j;

/**
 * psutil's {@code sdiskpart}: one mount table entry. {@code device} is {@code ""} for a mount whose
 * source is {@code none}; {@code opts} is the raw comma-separated option string.
 */
public final class DiskPartition extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<String> DEVICE = FIELDS.text("device");
  public static final TupleField<String> MOUNTPOINT = FIELDS.text("mountpoint");
  public static final TupleField<String> FSTYPE = FIELDS.text("fstype");
  public static final TupleField<String> OPTS = FIELDS.text("opts");

  private DiskPartition(Object... values) {
    super("sdiskpart", FIELDS, values);
  }

  public static DiskPartition of(String device, String mountpoint, String fstype, String opts) {
    return new DiskPartition(device, mountpoint, fstype, opts);
  }

  public String device() {
    return value(DEVICE);
  }

  public String mountpoint() {
    return value(MOUNTPOINT);
  }

  public String fstype() {
    return value(FSTYPE);
  }

  public String opts() {
    return value(OPTS);
  }
}

package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code sdiskpart}: one mount table entry. {@code device} is {@code ""} for a mount whose
 * source is {@code none}; {@code opts} is the raw comma-separated option string.
 */
public final class DiskPartition extends FieldTuple {
  private static final FieldTable TABLE = new FieldTable();

  /** psutil's fields, in psutil's order. */
  public static final List<TupleField<?>> FIELDS = TABLE.fields();

  public static final TupleField<String> DEVICE = TABLE.text("device");
  public static final TupleField<String> MOUNTPOINT = TABLE.text("mountpoint");
  public static final TupleField<String> FSTYPE = TABLE.text("fstype");
  public static final TupleField<String> OPTS = TABLE.text("opts");

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

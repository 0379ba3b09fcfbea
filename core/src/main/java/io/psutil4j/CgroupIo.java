package io.psutil4j;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One block device's I/O by a cgroup: v2 io.stat, or v1 blkio.throttle.io_service_bytes and
 * io_serviced. Counters since the group was created. psutil has no equivalent (compare
 * disk_io_counters, host-wide).
 */
public final class CgroupIo extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = FieldTable.optional();

  public static final TupleField<String> DEVICE = FIELDS.text("device");
  public static final TupleField<Long> RBYTES = FIELDS.bytes("rbytes");
  public static final TupleField<Long> WBYTES = FIELDS.bytes("wbytes");
  public static final TupleField<Long> RIOS = FIELDS.longs("rios", Unit.OPERATIONS);
  public static final TupleField<Long> WIOS = FIELDS.longs("wios", Unit.OPERATIONS);

  private CgroupIo(@Nullable Object... values) {
    super("scgroupio", FIELDS, values);
  }

  /**
   * Builds from the device ({@code major:minor}) and its counters; null for a counter the files
   * lack.
   *
   * @throws IllegalArgumentException naming a negative field
   */
  public static CgroupIo of(
      @Nullable String device,
      @Nullable Long rbytes,
      @Nullable Long wbytes,
      @Nullable Long rios,
      @Nullable Long wios) {
    return new CgroupIo(device, rbytes, wbytes, rios, wios);
  }

  /** The device as MAJOR:MINOR, e.g. 8:0. */
  public Optional<String> device() {
    return optional(DEVICE);
  }

  /** Bytes read (a counter). */
  public OptionalLong rbytes() {
    return optionalLong(RBYTES);
  }

  /** Bytes written (a counter). */
  public OptionalLong wbytes() {
    return optionalLong(WBYTES);
  }

  /** Read operations (a counter). */
  public OptionalLong rios() {
    return optionalLong(RIOS);
  }

  /** Write operations (a counter). */
  public OptionalLong wios() {
    return optionalLong(WIOS);
  }
}

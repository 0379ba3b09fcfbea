package io.psutil4j;

import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One block device's I/O by a cgroup: v2 io.stat, or v1 blkio.throttle.io_service_bytes and
 * io_serviced. Counters since the group was created. psutil has no equivalent (compare
 * disk_io_counters, host-wide).
 */
public final class CgroupIo extends FieldTuple<CgroupIo.Field> {
  /** The device, then its counters; each absent when the files lack it. */
  enum Field implements TupleField {
    DEVICE,
    RBYTES,
    WBYTES,
    RIOS,
    WIOS;

    @Override
    public Class<?> type() {
      return this == DEVICE ? String.class : Long.class;
    }

    @Override
    public boolean nullable() {
      return true;
    }
  }

  private CgroupIo(@Nullable Object... values) {
    super("scgroupio", Field.class, values);
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
    return optional(Field.DEVICE, String.class);
  }

  /** Bytes read (a counter). */
  public OptionalLong rbytes() {
    return optionalLong(Field.RBYTES);
  }

  /** Bytes written (a counter). */
  public OptionalLong wbytes() {
    return optionalLong(Field.WBYTES);
  }

  /** Read operations (a counter). */
  public OptionalLong rios() {
    return optionalLong(Field.RIOS);
  }

  /** Write operations (a counter). */
  public OptionalLong wios() {
    return optionalLong(Field.WIOS);
  }
}

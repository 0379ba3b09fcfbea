package io.psutil4j;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One block device's I/O by a cgroup: v2 io.stat, or v1 blkio.throttle.io_service_bytes and
 * io_serviced. Counters since the group was created. psutil has no equivalent (compare
 * disk_io_counters, host-wide).
 */
public final class CgroupIo extends Tuple {
  private final @Nullable String device;
  private final @Nullable Long rbytes;
  private final @Nullable Long wbytes;
  private final @Nullable Long rios;
  private final @Nullable Long wios;

  private CgroupIo(
      @Nullable String device,
      @Nullable Long rbytes,
      @Nullable Long wbytes,
      @Nullable Long rios,
      @Nullable Long wios) {
    super("scgroupio");
    Fields.requireNonNegativeOrNull("rbytes", rbytes);
    Fields.requireNonNegativeOrNull("wbytes", wbytes);
    Fields.requireNonNegativeOrNull("rios", rios);
    Fields.requireNonNegativeOrNull("wios", wios);
    this.device = device;
    this.rbytes = rbytes;
    this.wbytes = wbytes;
    this.rios = rios;
    this.wios = wios;
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
    return Optional.ofNullable(device);
  }

  /** Bytes read (a counter). */
  public OptionalLong rbytes() {
    return rbytes == null ? OptionalLong.empty() : OptionalLong.of(rbytes);
  }

  /** Bytes written (a counter). */
  public OptionalLong wbytes() {
    return wbytes == null ? OptionalLong.empty() : OptionalLong.of(wbytes);
  }

  /** Read operations (a counter). */
  public OptionalLong rios() {
    return rios == null ? OptionalLong.empty() : OptionalLong.of(rios);
  }

  /** Write operations (a counter). */
  public OptionalLong wios() {
    return wios == null ? OptionalLong.empty() : OptionalLong.of(wios);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "device", device,
        "rbytes", rbytes,
        "wbytes", wbytes,
        "rios", rios,
        "wios", wios);
  }
}

package io.psutil4j;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One block device's I/O by a cgroup: v2 io.stat, or v1 blkio.throttle.io_service_bytes and
 * io_serviced. Counters since the group was created. psutil has no equivalent (compare
 * disk_io_counters, host-wide).
 */
public final class CgroupIo implements NamedTuple {
  private final String device;
  private final Long rbytes;
  private final Long wbytes;
  private final Long rios;
  private final Long wios;

  private CgroupIo(Builder b) {
    nonNegative("rbytes", b.rbytes);
    nonNegative("wbytes", b.wbytes);
    nonNegative("rios", b.rios);
    nonNegative("wios", b.wios);
    this.device = b.device;
    this.rbytes = b.rbytes;
    this.wbytes = b.wbytes;
    this.rios = b.rios;
    this.wios = b.wios;
  }

  public static Builder builder() {
    return new Builder();
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

  @Override
  public String toString() {
    return Repr.of("scgroupio", asDict());
  }

  private static void nonNegative(String field, Number value) {
    if (value != null && !(value.doubleValue() >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0 or null, got " + value);
    }
  }

  /** Collects the fields; absent ones stay empty (unknown, or no limit for a limit). */
  public static final class Builder {
    private String device;
    private Long rbytes;
    private Long wbytes;
    private Long rios;
    private Long wios;

    private Builder() {}

    /** The device as MAJOR:MINOR, e.g. 8:0. */
    public Builder device(String value) {
      this.device = value;
      return this;
    }

    /** Bytes read (a counter). */
    public Builder rbytes(Long value) {
      this.rbytes = value;
      return this;
    }

    /** Bytes written (a counter). */
    public Builder wbytes(Long value) {
      this.wbytes = value;
      return this;
    }

    /** Read operations (a counter). */
    public Builder rios(Long value) {
      this.rios = value;
      return this;
    }

    /** Write operations (a counter). */
    public Builder wios(Long value) {
      this.wios = value;
      return this;
    }

    /**
     * The value with the fields set so far.
     *
     * @throws IllegalArgumentException naming a negative field
     */
    public CgroupIo build() {
      return new CgroupIo(this);
    }
  }
}

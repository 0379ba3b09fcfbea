package io.psutil4j;

import java.util.Map;
import java.util.Objects;

/**
 * psutil's {@code sdiskpart}: one mount table entry. {@code device} is {@code ""} for a mount whose
 * source is {@code none}; {@code opts} is the raw comma-separated option string.
 */
public final class DiskPartition extends Tuple {
  private final String device;
  private final String mountpoint;
  private final String fstype;
  private final String opts;

  private DiskPartition(String device, String mountpoint, String fstype, String opts) {
    super("sdiskpart");
    this.device = Objects.requireNonNull(device, "device");
    this.mountpoint = Objects.requireNonNull(mountpoint, "mountpoint");
    this.fstype = Objects.requireNonNull(fstype, "fstype");
    this.opts = Objects.requireNonNull(opts, "opts");
  }

  public static DiskPartition of(String device, String mountpoint, String fstype, String opts) {
    return new DiskPartition(device, mountpoint, fstype, opts);
  }

  public String device() {
    return device;
  }

  public String mountpoint() {
    return mountpoint;
  }

  public String fstype() {
    return fstype;
  }

  public String opts() {
    return opts;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "device", device, "mountpoint", mountpoint, "fstype", fstype, "opts", opts);
  }
}

package io.psutil4j;

import java.util.Map;
import java.util.Objects;

/**
 * psutil's {@code popenfile}: a regular file a process holds open, from /proc/PID/fd and
 * /proc/PID/fdinfo.
 */
public final class OpenFile extends Tuple {
  private final String path;
  private final int fd;
  private final long position;
  private final String mode;
  private final int flags;

  private OpenFile(String path, int fd, long position, String mode, int flags) {
    super("popenfile");
    this.path = Objects.requireNonNull(path, "path");
    this.fd = (int) Fields.requireNonNegative("fd", fd);
    this.position = Fields.requireNonNegative("position", position);
    this.mode = Objects.requireNonNull(mode, "mode");
    this.flags = flags;
  }

  public static OpenFile of(String path, int fd, long position, String mode, int flags) {
    return new OpenFile(path, fd, position, mode, flags);
  }

  /** Absolute path of the file. */
  public String path() {
    return path;
  }

  /** The file descriptor number. */
  public int fd() {
    return fd;
  }

  /** The file offset, bytes (fdinfo {@code pos}). */
  public long position() {
    return position;
  }

  /** Python's open() mode: {@code r}, {@code w}, {@code a}, {@code r+} or {@code a+}. */
  public String mode() {
    return mode;
  }

  /** The open(2) flags (fdinfo {@code flags}, octal in the file). */
  public int flags() {
    return flags;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "path", path, "fd", fd, "position", position, "mode", mode, "flags", flags);
  }
}

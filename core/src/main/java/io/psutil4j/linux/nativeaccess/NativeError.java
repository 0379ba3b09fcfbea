package io.psutil4j.linux.nativeaccess;

/** A libc call failed; carries the errno for the caller to map to psutil's exceptions. */
public final class NativeError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public static final int EPERM = 1;
  public static final int ENOENT = 2;
  public static final int ESRCH = 3;
  public static final int EINVAL = 22;
  public static final int EACCES = 13;
  public static final int ENOSYS = 38;

  private final int errno;

  NativeError(String call, int errno) {
    super(call + " failed: errno " + errno);
    this.errno = errno;
  }

  public int errno() {
    return errno;
  }

  /** EPERM or EACCES. */
  public boolean isPermission() {
    return errno == EPERM || errno == EACCES;
  }
}

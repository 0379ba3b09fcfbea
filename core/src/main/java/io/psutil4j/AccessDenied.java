package io.psutil4j;

import org.jspecify.annotations.Nullable;

/**
 * The kernel refused to show or change something about the process (EACCES or EPERM). As psutil's,
 * the message is the process identity alone unless a caller gives one ({@code "(pid=1,
 * name='systemd')"}); the refused file or call is the cause.
 */
public final class AccessDenied extends PsutilException {
  private static final long serialVersionUID = 1L;

  public AccessDenied(@Nullable Integer pid, @Nullable String name, @Nullable String msg) {
    super(boxed(pid), name, null, msg == null ? "" : msg);
  }

  /**
   * psutil's AccessDenied(pid, name): no message of its own; {@code cause} says what was refused.
   */
  public static AccessDenied of(int pid, @Nullable String name, Throwable cause) {
    AccessDenied e = new AccessDenied(pid, name, null);
    e.initCause(cause);
    return e;
  }
}

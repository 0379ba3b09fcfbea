package io.psutil4j;

/** The kernel refused to show or change something about the process (EACCES or EPERM). */
public final class AccessDenied extends PsutilException {
  private static final long serialVersionUID = 1L;

  public AccessDenied(Integer pid, String name, String msg) {
    super(pid, name, null, msg == null ? "" : msg);
  }
}

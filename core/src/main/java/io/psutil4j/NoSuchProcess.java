package io.psutil4j;

import org.jspecify.annotations.Nullable;

/** The process does not exist (any more), or its pid now belongs to another process. */
public class NoSuchProcess extends PsutilException {
  private static final long serialVersionUID = 1L;

  public NoSuchProcess(long pid) {
    this(pid, null, null);
  }

  public NoSuchProcess(long pid, @Nullable String name, @Nullable String msg) {
    this(pid, name, null, msg == null ? "process no longer exists" : msg);
  }

  NoSuchProcess(long pid, @Nullable String name, @Nullable Integer ppid, String msg) {
    super(pid, name, ppid, msg);
  }
}

package io.psutil4j;

/** The process does not exist (any more), or its pid now belongs to another process. */
public class NoSuchProcess extends PsutilException {
  private static final long serialVersionUID = 1L;

  public NoSuchProcess(int pid) {
    this(pid, null, null);
  }

  public NoSuchProcess(int pid, String name, String msg) {
    this(pid, name, null, msg == null ? "process no longer exists" : msg);
  }

  /** For a pid no int can hold: the message names it, {@link #pid()} is null. */
  NoSuchProcess(String msg) {
    super(null, null, null, msg);
  }

  NoSuchProcess(int pid, String name, Integer ppid, String msg) {
    super(pid, name, ppid, msg);
  }
}

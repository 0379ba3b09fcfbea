package io.psutil4j;

import org.jspecify.annotations.Nullable;

/**
 * The base of psutil's exceptions ({@code psutil.Error}). Its message lists the process identity it
 * knows, as psutil's {@code str(e)} does: {@code "process no longer exists (pid=42, name='java')"}.
 */
public class PsutilException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Long pid;
  private final @Nullable String processName;
  private final @Nullable Integer ppid;
  private final String detail;

  protected PsutilException(
      @Nullable Long pid, @Nullable String name, @Nullable Integer ppid, String msg) {
    super(describe(msg, pid, ppid, name));
    this.pid = pid;
    this.processName = name;
    this.ppid = ppid;
    this.detail = msg;
  }

  /**
   * The process id, or {@code null} when the error is not about one process; a long, as a pid asked
   * for may be beyond any the kernel gives (psutil keeps Python's int).
   */
  public @Nullable Long pid() {
    return pid;
  }

  /** The process name when it was known, else {@code null}. */
  public @Nullable String processName() {
    return processName;
  }

  /** The parent pid when it was known, else {@code null}. */
  public @Nullable Integer ppid() {
    return ppid;
  }

  /** The message without the identity suffix. */
  public String msg() {
    return detail;
  }

  static @Nullable Long boxed(@Nullable Integer pid) {
    return pid == null ? null : pid.longValue();
  }

  private static String describe(
      String msg, @Nullable Long pid, @Nullable Integer ppid, @Nullable String name) {
    StringBuilder info = new StringBuilder();
    if (pid != null) {
      info.append("pid=").append(pid);
    }
    if (ppid != null && ppid != 0) {
      info.append(info.length() > 0 ? ", " : "").append("ppid=").append(ppid);
    }
    if (name != null && !name.isEmpty()) {
      info.append(info.length() > 0 ? ", " : "").append("name='").append(name).append('\'');
    }
    String text = msg;
    if (info.length() == 0) {
      return text;
    }
    return text.isEmpty() ? "(" + info + ")" : text + " (" + info + ")";
  }
}

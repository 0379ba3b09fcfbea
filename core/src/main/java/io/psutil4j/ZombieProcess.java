package io.psutil4j;

import org.jspecify.annotations.Nullable;

/**
 * The process has exited but its parent has not reaped it: its pid exists, most of its files do
 * not. A {@link NoSuchProcess}, so code that handles that also handles this.
 */
public final class ZombieProcess extends NoSuchProcess {
  private static final long serialVersionUID = 1L;

  public ZombieProcess(int pid, @Nullable String name, @Nullable Integer ppid) {
    super(pid, name, ppid, "PID still exists but it's a zombie");
  }
}

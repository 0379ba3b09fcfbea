package io.psutil4j.spi;

/**
 * One native thread of a process as /proc/PID/task/TID describes it: what psutil's threads() gives
 * (id, user and system seconds) plus the kernel's name (comm, at most 15 bytes), state letter and
 * context switches, which the JVM's own thread MXBean cannot see for GC, JIT and VM threads.
 */
public final class TaskInfo {
  private final int tid;
  private final String name;
  private final char state;
  private final double user;
  private final double system;
  private final long voluntary;
  private final long involuntary;

  /** A thread as its stat and status files read; times in seconds. */
  public TaskInfo(
      int tid,
      String name,
      char state,
      double user,
      double system,
      long voluntary,
      long involuntary) {
    this.tid = tid;
    this.name = name;
    this.state = state;
    this.user = user;
    this.system = system;
    this.voluntary = voluntary;
    this.involuntary = involuntary;
  }

  /** The thread id (the kernel's pid of the task). */
  public int tid() {
    return tid;
  }

  /** The kernel's thread name (task comm, set by pthread_setname_np; 15 bytes at most). */
  public String name() {
    return name;
  }

  /** The state letter of /proc/PID/task/TID/stat (R, S, D, Z, T, t, X, I, ...). */
  public char state() {
    return state;
  }

  /** Seconds in user mode (utime / clock ticks). */
  public double user() {
    return user;
  }

  /** Seconds in kernel mode (stime / clock ticks). */
  public double system() {
    return system;
  }

  /** Voluntary context switches (status voluntary_ctxt_switches). */
  public long voluntary() {
    return voluntary;
  }

  /** Involuntary context switches (status nonvoluntary_ctxt_switches). */
  public long involuntary() {
    return involuntary;
  }
}

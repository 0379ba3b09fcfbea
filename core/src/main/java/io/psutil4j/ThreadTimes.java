package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code pthread}: one thread (task) of a process and its CPU seconds, from
 * /proc/PID/task/TID/stat.
 */
public final class ThreadTimes extends Tuple {
  private final int id;
  private final double userTime;
  private final double systemTime;

  private ThreadTimes(int id, double userTime, double systemTime) {
    super("pthread");
    this.id = (int) Fields.requireNonNegative("id", id);
    this.userTime = Fields.requireNonNegative("user_time", userTime);
    this.systemTime = Fields.requireNonNegative("system_time", systemTime);
  }

  public static ThreadTimes of(int id, double userTime, double systemTime) {
    return new ThreadTimes(id, userTime, systemTime);
  }

  /** The thread id (TID). */
  public int id() {
    return id;
  }

  /** Seconds in user mode. */
  public double userTime() {
    return userTime;
  }

  /** Seconds in kernel mode. */
  public double systemTime() {
    return systemTime;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("id", id, "user_time", userTime, "system_time", systemTime);
  }
}

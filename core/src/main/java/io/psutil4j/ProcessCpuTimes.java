package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code pcputimes}: seconds of CPU a process used, from /proc/PID/stat fields 14-17 and
 * 42, ticks divided by CLK_TCK.
 */
public final class ProcessCpuTimes extends Tuple {
  private final double user;
  private final double system;
  private final double childrenUser;
  private final double childrenSystem;
  private final double iowait;

  private ProcessCpuTimes(
      double user, double system, double childrenUser, double childrenSystem, double iowait) {
    super("pcputimes");
    this.user = Fields.requireNonNegative("user", user);
    this.system = Fields.requireNonNegative("system", system);
    this.childrenUser = Fields.requireNonNegative("children_user", childrenUser);
    this.childrenSystem = Fields.requireNonNegative("children_system", childrenSystem);
    this.iowait = Fields.requireNonNegative("iowait", iowait);
  }

  public static ProcessCpuTimes of(
      double user, double system, double childrenUser, double childrenSystem, double iowait) {
    return new ProcessCpuTimes(user, system, childrenUser, childrenSystem, iowait);
  }

  /** Seconds in user mode. */
  public double user() {
    return user;
  }

  /** Seconds in kernel mode. */
  public double system() {
    return system;
  }

  /** User seconds of waited-for children. */
  public double childrenUser() {
    return childrenUser;
  }

  /** Kernel seconds of waited-for children. */
  public double childrenSystem() {
    return childrenSystem;
  }

  /** Seconds waiting for block I/O (delayacct_blkio_ticks; 0 unless delay accounting is on). */
  public double iowait() {
    return iowait;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "user",
        user,
        "system",
        system,
        "children_user",
        childrenUser,
        "children_system",
        childrenSystem,
        "iowait",
        iowait);
  }
}

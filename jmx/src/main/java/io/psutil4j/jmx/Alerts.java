package io.psutil4j.jmx;

import io.psutil4j.PressureInfo;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.MBeanNotificationInfo;
import javax.management.Notification;
import javax.management.NotificationBroadcasterSupport;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;

/**
 * JMX notifications for thresholds crossed, evaluated when a bean refreshes its reading: one
 * notification when a value rises to its threshold, none while it stays above, and the alert
 * re-arms once the value falls below again. No thread: an MBean nobody reads sends nothing, so a
 * monitoring client that wants alerts reads (or polls) an attribute of the bean.
 */
final class Alerts {
  /** Type prefix of the host pressure notifications: {@code .cpu}, {@code .memory}, {@code .io}. */
  static final String HOST_PRESSURE = "psutil4j.pressure.some.avg10";

  /**
   * Type prefix of a group's pressure notifications: {@code .cpu}, {@code .memory}, {@code .io}.
   */
  static final String GROUP_PRESSURE = "psutil4j.container.pressure.some.avg10";

  /** The group's memory usage reached the configured percent of its limit. */
  static final String MEMORY_NEAR_LIMIT = "psutil4j.container.memory.near.limit";

  /** The group was throttled in at least the configured share of the periods since last read. */
  static final String CPU_THROTTLED = "psutil4j.container.cpu.throttled";

  /** This JVM's open file descriptors reached the configured percent of RLIMIT_NOFILE. */
  static final String OPEN_FILES_NEAR_LIMIT = "psutil4j.process.fds.near.limit";

  /** The group ran out of memory at its limit (memory.events oom rose). */
  static final String MEMORY_OOM = "psutil4j.container.memory.oom";

  /** The OOM killer killed a process of the group (oom_kill rose). */
  static final String MEMORY_OOM_KILL = "psutil4j.container.memory.oom_kill";

  /** Usage was about to go over the hard limit (memory.events max, v1 memory.failcnt, rose). */
  static final String MEMORY_MAX = "psutil4j.container.memory.max";

  private final NotificationBroadcasterSupport broadcaster;
  private final ObjectName source;

  /** The types whose value is at or above its threshold; guarded by {@code this}. */
  private final Set<String> raised = new HashSet<>();

  private final AtomicLong sequence = new AtomicLong();

  Alerts(ObjectName source, String... types) {
    this.source = source;
    this.broadcaster =
        new NotificationBroadcasterSupport(
            new MBeanNotificationInfo(
                types,
                Notification.class.getName(),
                "A threshold was crossed (psutil4j thresholds in the agent options); user data is the value"));
  }

  NotificationBroadcasterSupport broadcaster() {
    return broadcaster;
  }

  /**
   * Notifies that a counter rose since the previous check (every time, not once: each rise is a new
   * event); the user data is the count since start.
   */
  void rose(String type, long sinceStart, String what) {
    send(type, what + " " + sinceStart, sinceStart);
  }

  /**
   * Notifies when {@code value} rose to {@code threshold} since the previous check. Only the
   * decision is taken under the lock: the listeners run after it is released, so a slow listener
   * never holds up another source's check.
   */
  void check(String type, @Nullable Double value, double threshold, String what) {
    if (value == null || !crossed(type, value >= threshold)) {
      return;
    }
    send(type, what + " at " + value + ", threshold " + threshold, value);
  }

  /**
   * Checks the "some" avg10 of {@code psi}'s cpu, memory and io against {@code threshold}, as types
   * {@code prefix.cpu}, {@code .memory}, {@code .io}; {@code whose} is "host" or "cgroup".
   */
  void checkPressure(String prefix, String whose, PressureInfo psi, double threshold) {
    check(prefix + ".cpu", PsiValues.someAvg10(psi.cpu()), threshold, whose + " CPU pressure");
    check(
        prefix + ".memory",
        PsiValues.someAvg10(psi.memory()),
        threshold,
        whose + " memory pressure");
    check(prefix + ".io", PsiValues.someAvg10(psi.io()), threshold, whose + " I/O pressure");
  }

  /** Whether the value just rose to its threshold; a value below it re-arms the alert. */
  private synchronized boolean crossed(String type, boolean atOrAbove) {
    if (!atOrAbove) {
      raised.remove(type);
      return false;
    }
    return raised.add(type);
  }

  private void send(String type, String message, Object value) {
    Notification n =
        new Notification(
            type, source, sequence.incrementAndGet(), System.currentTimeMillis(), message);
    n.setUserData(value);
    broadcaster.sendNotification(n);
  }
}

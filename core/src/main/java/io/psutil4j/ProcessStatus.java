package io.psutil4j;

/**
 * psutil's {@code ProcessStatus} (STATUS_* constants): the state letter of /proc/PID/stat field 3,
 * as psutil's string values ({@link #value()}: {@code "running"}, {@code "disk-sleep"}, ...).
 */
public enum ProcessStatus {
  RUNNING("running"),
  SLEEPING("sleeping"),
  DISK_SLEEP("disk-sleep"),
  STOPPED("stopped"),
  TRACING_STOP("tracing-stop"),
  ZOMBIE("zombie"),
  DEAD("dead"),
  WAKE_KILL("wake-kill"),
  WAKING("waking"),
  IDLE("idle"),
  PARKED("parked"),
  /** A letter this port does not know; psutil returns {@code '?'}. */
  UNKNOWN("?");

  private final String value;

  ProcessStatus(String value) {
    this.value = value;
  }

  /** psutil's string, e.g. {@code "sleeping"}. */
  public String value() {
    return value;
  }

  /** The status a /proc/PID/stat state letter stands for (fs/proc/array.c task_state_array). */
  public static ProcessStatus fromStateLetter(char letter) {
    switch (letter) {
      case 'R':
        return RUNNING;
      case 'S':
        return SLEEPING;
      case 'D':
        return DISK_SLEEP;
      case 'T':
        return STOPPED;
      case 't':
        return TRACING_STOP;
      case 'Z':
        return ZOMBIE;
      case 'X':
      case 'x':
        return DEAD;
      case 'K':
        return WAKE_KILL;
      case 'W':
        return WAKING;
      case 'I':
        return IDLE;
      case 'P':
        return PARKED;
      default:
        return UNKNOWN;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

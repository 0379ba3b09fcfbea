package io.psutil4j;

/**
 * psutil's {@code ProcessStatus} (STATUS_* constants): the state letter of /proc/PID/stat field 3,
 * as psutil's string values ({@link #value()}: {@code "running"}, {@code "disk-sleep"}, ...).
 */
public enum ProcessStatus {
  STATUS_RUNNING("running"),
  STATUS_SLEEPING("sleeping"),
  STATUS_DISK_SLEEP("disk-sleep"),
  STATUS_STOPPED("stopped"),
  STATUS_TRACING_STOP("tracing-stop"),
  STATUS_ZOMBIE("zombie"),
  STATUS_DEAD("dead"),
  STATUS_WAKE_KILL("wake-kill"),
  STATUS_WAKING("waking"),
  STATUS_IDLE("idle"),
  STATUS_PARKED("parked"),
  /** A letter this port does not know; psutil returns {@code '?'}. */
  STATUS_UNKNOWN("?");

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
        return STATUS_RUNNING;
      case 'S':
        return STATUS_SLEEPING;
      case 'D':
        return STATUS_DISK_SLEEP;
      case 'T':
        return STATUS_STOPPED;
      case 't':
        return STATUS_TRACING_STOP;
      case 'Z':
        return STATUS_ZOMBIE;
      case 'X':
      case 'x':
        return STATUS_DEAD;
      case 'K':
        return STATUS_WAKE_KILL;
      case 'W':
        return STATUS_WAKING;
      case 'I':
        return STATUS_IDLE;
      case 'P':
        return STATUS_PARKED;
      default:
        return STATUS_UNKNOWN;
    }
  }

  @Override
  public String toString() {
    return value;
  }
}

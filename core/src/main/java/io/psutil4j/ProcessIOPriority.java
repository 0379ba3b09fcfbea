package io.psutil4j;

/** psutil's {@code ProcessIOPriority}: the I/O scheduling classes of ioprio_get(2). */
public enum ProcessIOPriority {
  IOPRIO_CLASS_NONE(0),
  IOPRIO_CLASS_RT(1),
  IOPRIO_CLASS_BE(2),
  IOPRIO_CLASS_IDLE(3);

  private final int value;

  ProcessIOPriority(int value) {
    this.value = value;
  }

  /** The kernel's class number. */
  public int value() {
    return value;
  }

  /** The class for a kernel class number. */
  public static ProcessIOPriority of(int value) {
    for (ProcessIOPriority c : values()) {
      if (c.value == value) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown I/O priority class " + value);
  }
}

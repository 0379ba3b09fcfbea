package io.psutil4j;

import java.util.Map;

/**
 * The real, effective and saved ids of a process from one line of /proc/PID/status: the one body of
 * psutil's {@code puids} and {@code pgids}.
 */
abstract class ProcessIds extends Tuple {
  private final long real;
  private final long effective;
  private final long saved;

  ProcessIds(String typeName, long real, long effective, long saved) {
    super(typeName);
    this.real = Fields.requireNonNegative("real", real);
    this.effective = Fields.requireNonNegative("effective", effective);
    this.saved = Fields.requireNonNegative("saved", saved);
  }

  /** The real id: the user or group that started the process. */
  public long real() {
    return real;
  }

  /** The effective id: the one permission checks use. */
  public long effective() {
    return effective;
  }

  /** The saved set-id: the one an exec of a set-id program left. */
  public long saved() {
    return saved;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("real", real, "effective", effective, "saved", saved);
  }
}

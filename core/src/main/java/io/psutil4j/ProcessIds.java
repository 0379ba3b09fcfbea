package io.psutil4j;

import java.util.List;

/**
 * The real, effective and saved ids of a process from one line of /proc/PID/status: the one body of
 * psutil's {@code puids} and {@code pgids}.
 */
abstract class ProcessIds extends LongTuple {
  /** psutil's field names, in psutil's order. */
  private static final List<String> FIELDS = List.of("real", "effective", "saved");

  ProcessIds(String typeName, long real, long effective, long saved) {
    super(typeName, FIELDS, checked(typeName, FIELDS, new long[] {real, effective, saved}));
  }

  /** The real id: the user or group that started the process. */
  public long real() {
    return value(0);
  }

  /** The effective id: the one permission checks use. */
  public long effective() {
    return value(1);
  }

  /** The saved set-id: the one an exec of a set-id program left. */
  public long saved() {
    return value(2);
  }
}

package io.psutil4j;

/**
 * psutil's {@code puids}: real, effective and saved uid from the {@code Uid:} line of
 * /proc/PID/status (the fourth, filesystem uid, is left out as psutil does).
 */
public final class Uids extends ProcessIds {
  private Uids(long real, long effective, long saved) {
    super("puids", real, effective, saved);
  }

  public static Uids of(long real, long effective, long saved) {
    return new Uids(real, effective, saved);
  }
}

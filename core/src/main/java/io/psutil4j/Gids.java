package io.psutil4j;

/**
 * psutil's {@code pgids}: real, effective and saved gid from the {@code Gid:} line of
 * /proc/PID/status.
 */
public final class Gids extends ProcessIds {
  private Gids(long real, long effective, long saved) {
    super("pgids", real, effective, saved);
  }

  public static Gids of(long real, long effective, long saved) {
    return new Gids(real, effective, saved);
  }
}

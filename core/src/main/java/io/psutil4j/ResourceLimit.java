package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code rlimit()} pair: soft and hard limit of one resource; {@link
 * ProcessRlimit#RLIM_INFINITY} (-1) is unlimited.
 */
public final class ResourceLimit extends Tuple {
  private final long soft;
  private final long hard;

  private ResourceLimit(long soft, long hard) {
    super("rlimit");
    if (soft < -1) {
      throw new IllegalArgumentException("soft must be >= -1 (RLIM_INFINITY), got " + soft);
    }
    this.soft = soft;
    if (hard < -1) {
      throw new IllegalArgumentException("hard must be >= -1 (RLIM_INFINITY), got " + hard);
    }
    this.hard = hard;
  }

  public static ResourceLimit of(long soft, long hard) {
    return new ResourceLimit(soft, hard);
  }

  /** The soft limit, or -1 for unlimited. */
  public long soft() {
    return soft;
  }

  /** The hard limit, or -1 for unlimited. */
  public long hard() {
    return hard;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("soft", soft, "hard", hard);
  }
}

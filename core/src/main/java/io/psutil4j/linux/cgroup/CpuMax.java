package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.OptionalLong;

/** cgroup v2 cpu.max: {@code $MAX $PERIOD} in microseconds, $MAX being {@code max} for none. */
final class CpuMax {
  private static final byte[] MAX = {'m', 'a', 'x'};

  private final OptionalLong quotaUsec;
  private final long periodUsec;

  private CpuMax(OptionalLong quotaUsec, long periodUsec) {
    this.quotaUsec = quotaUsec;
    this.periodUsec = periodUsec;
  }

  /** CPU time the group may use per period; empty for no limit. */
  public OptionalLong quotaUsec() {
    return quotaUsec;
  }

  public long periodUsec() {
    return periodUsec;
  }

  public static CpuMax parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    c.skipSpaces();
    OptionalLong quota = c.match(MAX) ? OptionalLong.empty() : OptionalLong.of(c.nextLong());
    long period = c.nextLong();
    if (period == 0) {
      throw c.error("period of 0");
    }
    c.endLine();
    if (!c.atEnd()) {
      throw c.error("expected one line");
    }
    return new CpuMax(quota, period);
  }
}

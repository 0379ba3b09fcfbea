package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.OptionalLong;

/**
 * A cgroup file holding one number, or {@code max} for "no limit": memory.max, pids.max,
 * cpu.weight, v1 memory.limit_in_bytes, cpu.cfs_quota_us (which says -1 for no limit).
 */
final class SingleValue {
  private static final byte[] MAX = {'m', 'a', 'x'};

  private SingleValue() {}

  /** The number (possibly negative, as v1's -1), or empty for {@code max}. */
  public static OptionalLong parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    c.skipSpaces();
    OptionalLong value;
    if (c.match(MAX)) {
      value = OptionalLong.empty();
    } else {
      value = OptionalLong.of(c.nextWord());
    }
    c.endLine();
    if (!c.atEnd()) {
      throw c.error("expected one value");
    }
    return value;
  }
}

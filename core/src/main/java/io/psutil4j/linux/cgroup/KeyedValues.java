package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cgroup "flat keyed" file, one {@code key value} pair per line: cpu.stat, memory.stat,
 * memory.events, v1 cpuacct.stat (Documentation/admin-guide/cgroup-v2.rst, "Format"). Values are
 * signed or unsigned 64-bit words; the keys vary by kernel version, so all are kept.
 */
final class KeyedValues {
  private KeyedValues() {}

  public static Map<String, Long> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    Map<String, Long> values = new LinkedHashMap<>();
    while (!c.atEnd()) {
      String key = c.nextToken();
      long value = c.nextWord();
      c.endLine();
      values.put(key, value);
    }
    return Collections.unmodifiableMap(values);
  }
}

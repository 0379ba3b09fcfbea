package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.parse.ByteCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cgroup "flat keyed" file, one {@code key value} pair per line: cpu.stat, memory.stat,
 * memory.events, v1 memory.oom_control (Documentation/admin-guide/cgroup-v2.rst, "Format"). Values
 * are signed or unsigned 64-bit words. The keys vary by kernel version; a table names the ones a
 * reader keeps and the field each fills, so a refresh makes no String or map per line (memory.stat
 * has some 40 lines, a few of them kept). Every line is still checked.
 *
 * @param <F> the fields the kept keys fill
 */
final class KeyedValues<F> {
  private final List<String> names;
  private final byte[][] keys;
  private final List<F> fields;

  private KeyedValues(List<String> names, List<F> fields) {
    this.names = names;
    this.keys = ByteCursor.keyTable(names);
    this.fields = fields;
  }

  /** A table that keeps no key; {@link #with} adds them. */
  static <F> KeyedValues<F> none() {
    return new KeyedValues<F>(new ArrayList<String>(), new ArrayList<F>());
  }

  /** This table and {@code key}, whose value fills {@code field}. */
  KeyedValues<F> with(String key, F field) {
    List<String> moreNames = new ArrayList<>(names);
    List<F> moreFields = new ArrayList<>(fields);
    moreNames.add(key);
    moreFields.add(field);
    return new KeyedValues<>(moreNames, moreFields);
  }

  /**
   * Puts the value of each kept key the file has into {@code into} (the last one when a key is
   * repeated); keys the table lacks are checked and skipped.
   *
   * @return true, so that a read of a file that exists is told from a missing one
   */
  boolean parseInto(Map<F, ? super Long> into, Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    while (!c.atEnd()) {
      int key = c.nextKey(keys);
      long value = c.nextWord();
      c.endLine();
      if (key >= 0) {
        into.put(fields.get(key), value);
      }
    }
    return true;
  }
}

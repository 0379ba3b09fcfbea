package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * /proc/filesystems: the fstypes psutil's {@code disk_partitions(all=False)} keeps, those not
 * marked {@code nodev} (backed by a block device), plus {@code zfs}, which is nodev but holds real
 * disks.
 */
final class Filesystems {
  private Filesystems() {}

  private static final byte[] NODEV = {'n', 'o', 'd', 'e', 'v'};
  private static final byte[] ZFS = {'z', 'f', 's'};

  /** Compared in place: most lines are {@code nodev} ones, whose fstype is not kept. */
  public static Set<String> physical(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    Set<String> out = new LinkedHashSet<>();
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.atEndOfLine()) {
        c.skipLine();
        continue;
      }
      int first = c.position();
      int firstEnd = c.skipToken().position();
      c.skipSpaces();
      if (c.atEndOfLine()) {
        out.add(c.text(first, firstEnd));
      } else {
        int second = c.position();
        int secondEnd = c.skipToken().position();
        if (!same(buf, first, firstEnd, NODEV)) {
          throw new ParseException(
              file, c.line(), c.text(first, firstEnd), "expected 'nodev' or one fstype");
        }
        if (same(buf, second, secondEnd, ZFS)) {
          out.add("zfs");
        }
      }
      c.endLine();
    }
    return Collections.unmodifiableSet(out);
  }

  private static boolean same(byte[] buf, int from, int to, byte[] word) {
    if (to - from != word.length) {
      return false;
    }
    for (int i = 0; i < word.length; i++) {
      if (buf[from + i] != word[i]) {
        return false;
      }
    }
    return true;
  }
}

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

  public static Set<String> physical(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    Set<String> out = new LinkedHashSet<>();
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.atEndOfLine()) {
        c.skipLine();
        continue;
      }
      String first = c.nextToken();
      c.skipSpaces();
      if (c.atEndOfLine()) {
        out.add(first);
      } else {
        String second = c.nextToken();
        if (!first.equals("nodev")) {
          throw new ParseException(file, c.line(), first, "expected 'nodev' or one fstype");
        }
        if (second.equals("zfs")) {
          out.add(second);
        }
      }
      c.endLine();
    }
    return Collections.unmodifiableSet(out);
  }
}

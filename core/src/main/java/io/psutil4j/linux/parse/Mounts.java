package io.psutil4j.linux.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * /proc/self/mounts (or /etc/mtab): {@code device mountpoint fstype opts freq passno} per line,
 * with the octal escapes getmntent(3) undoes ({@code \040} space, {@code \011} tab, {@code \012}
 * newline, {@code \134} backslash).
 */
public final class Mounts {
  /** One entry: device, mount point, fstype, options, all unescaped. */
  public static final class Entry {
    public final String device;
    public final String mountpoint;
    public final String fstype;
    public final String opts;

    Entry(String device, String mountpoint, String fstype, String opts) {
      this.device = device;
      this.mountpoint = mountpoint;
      this.fstype = fstype;
      this.opts = opts;
    }
  }

  private Mounts() {}

  public static List<Entry> parse(Object file, byte[] buf, int len) {
    return parse(file, buf, len, null);
  }

  /**
   * The entries whose fstype is one of {@code fstypes}, every entry when it is null. A line left
   * out costs one String, its fstype: most mounts of a host are virtual (proc, sysfs, cgroup,
   * tmpfs) and left out of the default partitions.
   */
  public static List<Entry> parse(Object file, byte[] buf, int len, @Nullable Set<String> fstypes) {
    ByteCursor c = new ByteCursor(file, buf, len);
    List<Entry> out = new ArrayList<>();
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.atEndOfLine() || c.peekIs((byte) '#')) {
        c.skipLine();
        continue;
      }
      int device = c.position();
      c.skipToken();
      int deviceEnd = c.position();
      int mountpoint = fieldStart(c);
      c.skipToken();
      int mountpointEnd = c.position();
      String fstype = unescape(field(c));
      if (fstypes == null || fstypes.contains(fstype)) {
        String opts = c.atEndOfLine() ? "" : unescape(field(c));
        out.add(
            new Entry(
                unescape(c.text(device, deviceEnd)),
                unescape(c.text(mountpoint, mountpointEnd)),
                fstype,
                opts));
      }
      c.skipLine();
    }
    return Collections.unmodifiableList(out);
  }

  private static String field(ByteCursor c) {
    fieldStart(c);
    return c.nextToken();
  }

  /** Where the next field starts, after the blanks. */
  private static int fieldStart(ByteCursor c) {
    c.skipSpaces();
    if (c.atEndOfLine()) {
      throw c.error("mount entry needs device, mount point and fstype");
    }
    return c.position();
  }

  /** Undoes getmntent's \ooo escapes; a malformed escape is kept as is, as glibc does. */
  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    byte[] in = s.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[in.length];
    int n = 0;
    for (int i = 0; i < in.length; i++) {
      if (in[i] == '\\'
          && i + 3 < in.length
          && octal(in[i + 1])
          && octal(in[i + 2])
          && octal(in[i + 3])) {
        out[n++] = (byte) (((in[i + 1] - '0') << 6) | ((in[i + 2] - '0') << 3) | (in[i + 3] - '0'));
        i += 3;
      } else {
        out[n++] = in[i];
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private static boolean octal(byte b) {
    return b >= '0' && b <= '7';
  }
}

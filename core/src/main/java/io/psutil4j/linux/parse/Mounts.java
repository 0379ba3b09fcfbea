package io.psutil4j.linux.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
    ByteCursor c = new ByteCursor(file, buf, len);
    List<Entry> out = new ArrayList<>();
    while (!c.atEnd()) {
      c.skipSpaces();
      if (c.atEndOfLine() || c.peekIs((byte) '#')) {
        c.skipLine();
        continue;
      }
      String device = unescape(c.nextToken());
      String mountpoint = unescape(field(c));
      String fstype = unescape(field(c));
      String opts = c.atEndOfLine() ? "" : unescape(field(c));
      out.add(new Entry(device, mountpoint, fstype, opts));
      c.skipLine();
    }
    return Collections.unmodifiableList(out);
  }

  private static String field(ByteCursor c) {
    c.skipSpaces();
    if (c.atEndOfLine()) {
      throw c.error("mount entry needs device, mount point and fstype");
    }
    return c.nextToken();
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

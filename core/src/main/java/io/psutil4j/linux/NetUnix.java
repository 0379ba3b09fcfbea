package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * /proc/net/unix: {@code Num RefCount Protocol Flags Type St Inode [Path]}. The path is kept only
 * when the line has exactly 8 columns, so a path with spaces is lost, as in psutil; lines without a
 * space are skipped (psutil #766).
 */
final class NetUnix {
  /** One socket: its type number, inode and path ({@code ""} when unbound). */
  public static final class Socket {
    public final int type;
    public final long inode;
    public final String path;

    Socket(int type, long inode, String path) {
      this.type = type;
      this.inode = inode;
      this.path = path;
    }
  }

  private NetUnix() {}

  public static List<Socket> parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    c.skipLine();
    List<Socket> out = new ArrayList<>();
    String[] t = new String[8];
    while (!c.atEnd()) {
      int n = 0;
      c.skipSpaces();
      while (!c.atEndOfLine()) {
        String token = c.nextToken();
        if (n < t.length) {
          t[n] = token;
        }
        n++;
        c.skipSpaces();
      }
      if (n <= 1) {
        c.skipLine();
        continue; // a line without a space (#766) or an empty one
      }
      if (n < 7) {
        throw c.error("expected at least 7 columns");
      }
      int type = (int) number(c, t[4], 16);
      long inode = number(c, t[6], 10);
      out.add(new Socket(type, inode, n == 8 ? t[7] : ""));
      c.skipLine();
    }
    return Collections.unmodifiableList(out);
  }

  private static long number(ByteCursor c, String token, int radix) {
    try {
      long v = Long.parseLong(token, radix);
      if (v < 0) {
        throw new NumberFormatException(token);
      }
      return v;
    } catch (NumberFormatException e) {
      throw new ParseException(c.file(), c.line(), token, "expected a number");
    }
  }
}

package io.psutil4j.linux;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;

/**
 * /proc/PID/fdinfo/FD: {@code pos:} (decimal offset) and {@code flags:} (octal open flags), the two
 * lines psutil's open_files() reads; the rest (mnt_id, ino, ...) is skipped.
 */
final class Fdinfo {
  private static final byte[] POS = "pos:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] FLAGS = "flags:".getBytes(StandardCharsets.US_ASCII);

  private final long position;
  private final int flags;

  private Fdinfo(long position, int flags) {
    this.position = position;
    this.flags = flags;
  }

  public static Fdinfo parse(Object file, byte[] buf, int len) {
    ByteCursor c = new ByteCursor(file, buf, len);
    long pos = -1;
    long flags = -1;
    while (!c.atEnd()) {
      if (c.match(POS)) {
        pos = c.nextLong();
      } else if (c.match(FLAGS)) {
        c.skipSpaces();
        flags = octal(c);
      }
      c.skipLine();
    }
    if (pos < 0 || flags < 0) {
      throw new ParseException(file, c.line(), pos < 0 ? "pos:" : "flags:", "line missing");
    }
    return new Fdinfo(pos, (int) flags);
  }

  private static long octal(ByteCursor c) {
    String token = c.atEndOfLine() ? "" : c.nextToken();
    if (token.isEmpty() || token.length() > 11) {
      throw new ParseException(c.file(), c.line(), token, "expected octal flags");
    }
    long value = 0;
    for (int i = 0; i < token.length(); i++) {
      char ch = token.charAt(i);
      if (ch < '0' || ch > '7') {
        throw new ParseException(c.file(), c.line(), token, "expected octal flags");
      }
      value = value * 8 + (ch - '0');
    }
    return value;
  }

  /** The file offset, bytes. */
  public long position() {
    return position;
  }

  /** The open(2) flags. */
  public int flags() {
    return flags;
  }
}

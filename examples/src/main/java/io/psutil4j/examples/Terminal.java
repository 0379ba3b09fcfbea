package io.psutil4j.examples;

import com.sun.jna.Function;
import com.sun.jna.NativeLong;
import com.sun.jna.Platform;
import java.util.Map;

/**
 * Python's {@code shutil.get_terminal_size()}, which psutil's scripts use to cut lines: $COLUMNS
 * and $LINES, else the size of the terminal on stdout, else 80x24 (stdout is a pipe or a file).
 */
final class Terminal {
  /** Linux's TIOCGWINSZ; powerpc, mips and sparc number it the BSD way. */
  private static final long TIOCGWINSZ =
      Platform.isPPC() || Platform.isMIPS() || Platform.isSPARC() ? 0x40087468L : 0x5413L;

  private Terminal() {}

  static int columns() {
    return size(System.getenv(), stdoutSize())[0];
  }

  static int lines() {
    return size(System.getenv(), stdoutSize())[1];
  }

  /** {@code line[:width]}: Python slices code points, so a surrogate pair is never split. */
  static String cut(String line, int width) {
    return line.codePointCount(0, line.length()) > width
        ? line.substring(0, line.offsetByCodePoints(0, width))
        : line;
  }

  /**
   * {@code {columns, lines}} from the environment and the tty's {@code {columns, lines}} (null when
   * stdout is no terminal); a value of 0 or less falls through to the next source.
   */
  static int[] size(Map<String, String> env, int[] tty) {
    int columns = positive(env.get("COLUMNS"));
    int lines = positive(env.get("LINES"));
    if (columns == 0) {
      columns = tty != null && tty[0] > 0 ? tty[0] : 80;
    }
    if (lines == 0) {
      lines = tty != null && tty[1] > 0 ? tty[1] : 24;
    }
    return new int[] {columns, lines};
  }

  private static int positive(String value) {
    try {
      return value == null ? 0 : Math.max(0, Integer.parseInt(value.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** ioctl(1, TIOCGWINSZ): null when fd 1 is no terminal, or libc cannot be reached. */
  private static int[] stdoutSize() {
    try {
      short[] winsize = new short[4]; // ws_row, ws_col, ws_xpixel, ws_ypixel
      int rc =
          Function.getFunction(Platform.C_LIBRARY_NAME, "ioctl")
              .invokeInt(new Object[] {1, new NativeLong(TIOCGWINSZ), winsize});
      return rc == 0 ? new int[] {winsize[1] & 0xffff, winsize[0] & 0xffff} : null;
    } catch (LinkageError | RuntimeException e) {
      return null;
    }
  }
}

package io.psutil4j.examples;

import io.psutil4j.examples.nativeaccess.TerminalWindow;
import java.util.Map;

/**
 * Python's {@code shutil.get_terminal_size()}, which psutil's scripts use to cut lines: $COLUMNS
 * and $LINES, else the size of the terminal on stdout, else 80x24 (stdout is a pipe or a file).
 */
final class Terminal {
  private Terminal() {}

  static int columns() {
    return size(System.getenv(), TerminalWindow.stdoutSize())[0];
  }

  static int lines() {
    return size(System.getenv(), TerminalWindow.stdoutSize())[1];
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
}

package io.psutil4j.linux.parse.cgroup;

import io.psutil4j.linux.parse.ByteCursor;

/** Helpers the cgroup parsers share: the rest of a line, which ByteCursor does not offer. */
final class Lines {
  private Lines() {}

  /** The text from the cursor to the end of the line (or input), moving past the newline. */
  static String rest(ByteCursor c, byte[] buf, int len) {
    int start = c.position();
    int end = start;
    while (end < len && buf[end] != '\n') {
      end++;
    }
    String text = c.text(start, end);
    c.seek(end);
    c.skipLine();
    return text;
  }

  /** Fails unless only blanks remain on this line; then moves to the next line. */
  static void endOfLine(ByteCursor c) {
    c.skipSpaces();
    if (!c.atEndOfLine()) {
      throw c.error("expected the end of the line");
    }
    c.skipLine();
  }
}

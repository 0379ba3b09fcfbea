package io.psutil4j.linux.parse;

/**
 * A kernel file did not have the shape its parser expects. Names the file, the 1-based line and the
 * offending token, so a report from an odd kernel can be turned into a fixture.
 */
public final class ParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;
  private final String token;

  /**
   * @param file the file (a {@code Path} or its name); its {@code toString()} is only called here,
   *     so the hot path never formats a name for a parse that succeeds
   */
  public ParseException(Object file, int line, String token, String problem) {
    super(file + ":" + line + ": " + problem + " at '" + token + "'");
    this.file = String.valueOf(file);
    this.line = line;
    this.token = token;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public String token() {
    return token;
  }
}

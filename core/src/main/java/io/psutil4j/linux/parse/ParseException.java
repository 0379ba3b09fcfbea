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

  public ParseException(String file, int line, String token, String problem) {
    super(file + ":" + line + ": " + problem + " at '" + token + "'");
    this.file = file;
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

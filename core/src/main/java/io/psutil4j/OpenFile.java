package io.psutil4j;

/**
 * psutil's {@code popenfile}: a regular file a process holds open, from /proc/PID/fd and
 * /proc/PID/fdinfo.
 */
public final class OpenFile extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<String> PATH = FIELDS.text("path");
  public static final TupleField<Integer> FD = FIELDS.ints("fd", Unit.ID);
  public static final TupleField<Long> POSITION = FIELDS.bytes("position");
  public static final TupleField<String> MODE = FIELDS.text("mode");

  /** The open(2) flags are a bit set, taken as the kernel gives them. */
  public static final TupleField<Integer> FLAGS =
      FIELDS.field("flags", Integer.class).atLeast(Integer.MIN_VALUE);

  private OpenFile(Object... values) {
    super("popenfile", FIELDS, values);
  }

  public static OpenFile of(String path, int fd, long position, String mode, int flags) {
    return new OpenFile(path, fd, position, mode, flags);
  }

  /** Absolute path of the file. */
  public String path() {
    return value(PATH);
  }

  /** The file descriptor number. */
  public int fd() {
    return value(FD);
  }

  /** The file offset, bytes (fdinfo {@code pos}). */
  public long position() {
    return value(POSITION);
  }

  /** Python's open() mode: {@code r}, {@code w}, {@code a}, {@code r+} or {@code a+}. */
  public String mode() {
    return value(MODE);
  }

  /** The open(2) flags (fdinfo {@code flags}, octal in the file). */
  public int flags() {
    return value(FLAGS);
  }
}

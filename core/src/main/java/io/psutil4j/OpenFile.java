package io.psutil4j;

/**
 * psutil's {@code popenfile}: a regular file a process holds open, from /proc/PID/fd and
 * /proc/PID/fdinfo.
 */
public final class OpenFile extends FieldTuple<OpenFile.Field> {
  /** psutil's fields, in psutil's order. */
  enum Field implements TupleField {
    PATH(String.class),
    FD(Integer.class),
    POSITION(Long.class),
    MODE(String.class),
    FLAGS(Integer.class);

    private final Class<?> type;

    Field(Class<?> type) {
      this.type = type;
    }

    @Override
    public Class<?> type() {
      return type;
    }

    /** The open(2) flags are a bit set, taken as the kernel gives them. */
    @Override
    public double min() {
      return this == FLAGS ? Integer.MIN_VALUE : 0;
    }
  }

  private OpenFile(Object... values) {
    super("popenfile", Field.class, values);
  }

  public static OpenFile of(String path, int fd, long position, String mode, int flags) {
    return new OpenFile(path, fd, position, mode, flags);
  }

  /** Absolute path of the file. */
  public String path() {
    return string(Field.PATH);
  }

  /** The file descriptor number. */
  public int fd() {
    return intValue(Field.FD);
  }

  /** The file offset, bytes (fdinfo {@code pos}). */
  public long position() {
    return longValue(Field.POSITION);
  }

  /** Python's open() mode: {@code r}, {@code w}, {@code a}, {@code r+} or {@code a+}. */
  public String mode() {
    return string(Field.MODE);
  }

  /** The open(2) flags (fdinfo {@code flags}, octal in the file). */
  public int flags() {
    return intValue(Field.FLAGS);
  }
}

package io.psutil4j;

/**
 * psutil's {@code pio}: a process's I/O since it started, from /proc/PID/io (needs ptrace-read
 * rights).
 */
public final class IoCounters extends LongTuple {

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> READ_COUNT = FIELDS.count("read_count");
  public static final TupleField<Long> WRITE_COUNT = FIELDS.count("write_count");
  public static final TupleField<Long> READ_BYTES = FIELDS.bytes("read_bytes");
  public static final TupleField<Long> WRITE_BYTES = FIELDS.bytes("write_bytes");
  public static final TupleField<Long> READ_CHARS = FIELDS.bytes("read_chars");
  public static final TupleField<Long> WRITE_CHARS = FIELDS.bytes("write_chars");

  private IoCounters(long... values) {
    super("pio", FIELDS, values);
  }

  public static IoCounters of(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long readChars,
      long writeChars) {
    return new IoCounters(readCount, writeCount, readBytes, writeBytes, readChars, writeChars);
  }

  /** read() and similar calls (syscr). */
  public long readCount() {
    return value(READ_COUNT);
  }

  /** write() and similar calls (syscw). */
  public long writeCount() {
    return value(WRITE_COUNT);
  }

  /** Bytes fetched from storage, bytes. */
  public long readBytes() {
    return value(READ_BYTES);
  }

  /** Bytes sent to storage, bytes. */
  public long writeBytes() {
    return value(WRITE_BYTES);
  }

  /** Bytes passed to read() calls, page-cache hits included (rchar). */
  public long readChars() {
    return value(READ_CHARS);
  }

  /** Bytes passed to write() calls (wchar). */
  public long writeChars() {
    return value(WRITE_CHARS);
  }
}

package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code pio}: a process's I/O since it started, from /proc/PID/io (needs ptrace-read
 * rights).
 */
public final class IoCounters extends LongTuple {

  /** psutil's field names, in psutil's order: the order of {@link #of}. */
  private static final List<String> FIELDS =
      List.of(
          "read_count", "write_count", "read_bytes", "write_bytes", "read_chars", "write_chars");

  private IoCounters(long[] values) {
    super("pio", FIELDS, values);
  }

  public static IoCounters of(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long readChars,
      long writeChars) {
    return new IoCounters(
        checked(
            "pio",
            FIELDS,
            new long[] {readCount, writeCount, readBytes, writeBytes, readChars, writeChars}));
  }

  /** read() and similar calls (syscr). */
  public long readCount() {
    return value(0);
  }

  /** write() and similar calls (syscw). */
  public long writeCount() {
    return value(1);
  }

  /** Bytes fetched from storage, bytes. */
  public long readBytes() {
    return value(2);
  }

  /** Bytes sent to storage, bytes. */
  public long writeBytes() {
    return value(3);
  }

  /** Bytes passed to read() calls, page-cache hits included (rchar). */
  public long readChars() {
    return value(4);
  }

  /** Bytes passed to write() calls (wchar). */
  public long writeChars() {
    return value(5);
  }
}

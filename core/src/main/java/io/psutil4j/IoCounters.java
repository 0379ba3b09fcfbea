package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code pio}: a process's I/O since it started, from /proc/PID/io (needs ptrace-read
 * rights).
 */
public final class IoCounters extends Tuple {
  private final long readCount;
  private final long writeCount;
  private final long readBytes;
  private final long writeBytes;
  private final long readChars;
  private final long writeChars;

  private IoCounters(
      long readCount,
      long writeCount,
      long readBytes,
      long writeBytes,
      long readChars,
      long writeChars) {
    super("pio");
    this.readCount = Fields.requireNonNegative("read_count", readCount);
    this.writeCount = Fields.requireNonNegative("write_count", writeCount);
    this.readBytes = Fields.requireNonNegative("read_bytes", readBytes);
    this.writeBytes = Fields.requireNonNegative("write_bytes", writeBytes);
    this.readChars = Fields.requireNonNegative("read_chars", readChars);
    this.writeChars = Fields.requireNonNegative("write_chars", writeChars);
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
    return readCount;
  }

  /** write() and similar calls (syscw). */
  public long writeCount() {
    return writeCount;
  }

  /** Bytes fetched from storage, bytes. */
  public long readBytes() {
    return readBytes;
  }

  /** Bytes sent to storage, bytes. */
  public long writeBytes() {
    return writeBytes;
  }

  /** Bytes passed to read() calls, page-cache hits included (rchar). */
  public long readChars() {
    return readChars;
  }

  /** Bytes passed to write() calls (wchar). */
  public long writeChars() {
    return writeChars;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "read_count",
        readCount,
        "write_count",
        writeCount,
        "read_bytes",
        readBytes,
        "write_bytes",
        writeBytes,
        "read_chars",
        readChars,
        "write_chars",
        writeChars);
  }
}

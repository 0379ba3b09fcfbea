package io.psutil4j;

import java.util.List;

/**
 * psutil's {@code pmem}: a process's memory in bytes, from /proc/PID/statm pages times PAGESIZE.
 * {@code rss} matches {@code ps -o rss} (KiB) times 1024, {@code vms} matches {@code ps -o vsz}.
 */
public final class MemoryInfo extends LongTuple {

  /** psutil's field names, in psutil's order: the order of {@link #of}. */
  private static final List<String> FIELDS = List.of("rss", "vms", "shared", "text", "data");

  private MemoryInfo(long[] values) {
    super("pmem", FIELDS, values);
  }

  public static MemoryInfo of(long rss, long vms, long shared, long text, long data) {
    return new MemoryInfo(checked("pmem", FIELDS, new long[] {rss, vms, shared, text, data}));
  }

  /** Resident set size, bytes. */
  public long rss() {
    return value(0);
  }

  /** Virtual memory size, bytes. */
  public long vms() {
    return value(1);
  }

  /** Resident memory backed by files or shared, bytes. */
  public long shared() {
    return value(2);
  }

  /** Executable code (TRS), bytes. */
  public long text() {
    return value(3);
  }

  /** Data plus stack (DRS), bytes. */
  public long data() {
    return value(4);
  }
}

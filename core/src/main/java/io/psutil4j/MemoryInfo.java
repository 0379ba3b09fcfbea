package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code pmem}: a process's memory in bytes, from /proc/PID/statm pages times PAGESIZE.
 * {@code rss} matches {@code ps -o rss} (KiB) times 1024, {@code vms} matches {@code ps -o vsz}.
 */
public final class MemoryInfo extends Tuple {
  private final long rss;
  private final long vms;
  private final long shared;
  private final long text;
  private final long data;

  private MemoryInfo(long rss, long vms, long shared, long text, long data) {
    super("pmem");
    this.rss = Fields.requireNonNegative("rss", rss);
    this.vms = Fields.requireNonNegative("vms", vms);
    this.shared = Fields.requireNonNegative("shared", shared);
    this.text = Fields.requireNonNegative("text", text);
    this.data = Fields.requireNonNegative("data", data);
  }

  public static MemoryInfo of(long rss, long vms, long shared, long text, long data) {
    return new MemoryInfo(rss, vms, shared, text, data);
  }

  /** Resident set size, bytes. */
  public long rss() {
    return rss;
  }

  /** Virtual memory size, bytes. */
  public long vms() {
    return vms;
  }

  /** Resident memory backed by files or shared, bytes. */
  public long shared() {
    return shared;
  }

  /** Executable code (TRS), bytes. */
  public long text() {
    return text;
  }

  /** Data plus stack (DRS), bytes. */
  public long data() {
    return data;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered("rss", rss, "vms", vms, "shared", shared, "text", text, "data", data);
  }
}

package io.psutil4j;

/**
 * psutil's {@code pmem}: a process's memory in bytes, from /proc/PID/statm pages times PAGESIZE.
 * {@code rss} matches {@code ps -o rss} (KiB) times 1024, {@code vms} matches {@code ps -o vsz}.
 */
public final class MemoryInfo extends LongTuple {

  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> RSS = FIELDS.bytes("rss");
  public static final TupleField<Long> VMS = FIELDS.bytes("vms");
  public static final TupleField<Long> SHARED = FIELDS.bytes("shared");
  public static final TupleField<Long> TEXT = FIELDS.bytes("text");
  public static final TupleField<Long> DATA = FIELDS.bytes("data");

  private MemoryInfo(long... values) {
    super("pmem", FIELDS, values);
  }

  public static MemoryInfo of(long rss, long vms, long shared, long text, long data) {
    return new MemoryInfo(rss, vms, shared, text, data);
  }

  /** Resident set size, bytes. */
  public long rss() {
    return value(RSS);
  }

  /** Virtual memory size, bytes. */
  public long vms() {
    return value(VMS);
  }

  /** Resident memory backed by files or shared, bytes. */
  public long shared() {
    return value(SHARED);
  }

  /** Executable code (TRS), bytes. */
  public long text() {
    return value(TEXT);
  }

  /** Data plus stack (DRS), bytes. */
  public long data() {
    return value(DATA);
  }
}

package io.psutil4j;

/**
 * psutil's {@code svmem}: system memory in bytes, from /proc/meminfo. {@code used = total -
 * available} (procps 4 and psutil 7.1+), so {@code used + free != total} by design.
 */
public final class VirtualMemory extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = new FieldTable();

  public static final TupleField<Long> TOTAL = FIELDS.bytes("total");
  public static final TupleField<Long> AVAILABLE = FIELDS.bytes("available");
  public static final TupleField<Double> PERCENT = FIELDS.percent("percent");
  public static final TupleField<Long> USED = FIELDS.bytes("used");
  public static final TupleField<Long> FREE = FIELDS.bytes("free");
  public static final TupleField<Long> ACTIVE = FIELDS.bytes("active");
  public static final TupleField<Long> INACTIVE = FIELDS.bytes("inactive");
  public static final TupleField<Long> BUFFERS = FIELDS.bytes("buffers");
  public static final TupleField<Long> CACHED = FIELDS.bytes("cached");
  public static final TupleField<Long> SHARED = FIELDS.bytes("shared");
  public static final TupleField<Long> SLAB = FIELDS.bytes("slab");

  private VirtualMemory(Object... values) {
    super("svmem", FIELDS, values);
  }

  /**
   * Builds from the meminfo-derived fields in psutil's order, {@code used} and {@code percent} left
   * out: they are computed from {@code total} and {@code available}.
   */
  public static VirtualMemory of(
      long total,
      long available,
      long free,
      long active,
      long inactive,
      long buffers,
      long cached,
      long shared,
      long slab) {
    TOTAL.check(total);
    AVAILABLE.check(available);
    if (available > total) {
      throw new IllegalArgumentException(
          "available " + available + " exceeds total " + total + " (clamp before building)");
    }
    long used = total - available;
    return new VirtualMemory(
        total,
        available,
        Fields.percent(used, total),
        used,
        free,
        active,
        inactive,
        buffers,
        cached,
        shared,
        slab);
  }

  /** MemTotal, bytes. */
  public long total() {
    return value(TOTAL);
  }

  /**
   * Memory that can be given to processes without swapping, bytes (MemAvailable or its estimate).
   */
  public long available() {
    return value(AVAILABLE);
  }

  /** {@code (total - available) / total * 100}, one decimal. */
  public double percent() {
    return value(PERCENT);
  }

  /** {@code total - available}, bytes. */
  public long used() {
    return value(USED);
  }

  /** MemFree: memory not used at all, bytes. */
  public long free() {
    return value(FREE);
  }

  /** Active, bytes. */
  public long active() {
    return value(ACTIVE);
  }

  /** Inactive, bytes. */
  public long inactive() {
    return value(INACTIVE);
  }

  /** Buffers, bytes. */
  public long buffers() {
    return value(BUFFERS);
  }

  /** Cached + SReclaimable (the "cache" column of {@code free}), bytes. */
  public long cached() {
    return value(CACHED);
  }

  /** Shmem, bytes. */
  public long shared() {
    return value(SHARED);
  }

  /** Slab, bytes. */
  public long slab() {
    return value(SLAB);
  }
}

package io.psutil4j;

/**
 * psutil's {@code svmem}: system memory in bytes, from /proc/meminfo. {@code used = total -
 * available} (procps 4 and psutil 7.1+), so {@code used + free != total} by design.
 */
public final class VirtualMemory extends FieldTuple<VirtualMemory.Field> {
  /** psutil's fields, in psutil's order; bytes but the percentage. */
  enum Field implements MeasuredField {
    TOTAL,
    AVAILABLE,
    PERCENT,
    USED,
    FREE,
    ACTIVE,
    INACTIVE,
    BUFFERS,
    CACHED,
    SHARED,
    SLAB;

    @Override
    public Unit unit() {
      return this == PERCENT ? Unit.PERCENT : Unit.BYTES;
    }
  }

  private VirtualMemory(Object... values) {
    super("svmem", Field.class, values);
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
    Fields.requireNonNegative("total", total);
    Fields.requireNonNegative("available", available);
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
    return longValue(Field.TOTAL);
  }

  /**
   * Memory that can be given to processes without swapping, bytes (MemAvailable or its estimate).
   */
  public long available() {
    return longValue(Field.AVAILABLE);
  }

  /** {@code (total - available) / total * 100}, one decimal. */
  public double percent() {
    return doubleValue(Field.PERCENT);
  }

  /** {@code total - available}, bytes. */
  public long used() {
    return longValue(Field.USED);
  }

  /** MemFree: memory not used at all, bytes. */
  public long free() {
    return longValue(Field.FREE);
  }

  /** Active, bytes. */
  public long active() {
    return longValue(Field.ACTIVE);
  }

  /** Inactive, bytes. */
  public long inactive() {
    return longValue(Field.INACTIVE);
  }

  /** Buffers, bytes. */
  public long buffers() {
    return longValue(Field.BUFFERS);
  }

  /** Cached + SReclaimable (the "cache" column of {@code free}), bytes. */
  public long cached() {
    return longValue(Field.CACHED);
  }

  /** Shmem, bytes. */
  public long shared() {
    return longValue(Field.SHARED);
  }

  /** Slab, bytes. */
  public long slab() {
    return longValue(Field.SLAB);
  }
}

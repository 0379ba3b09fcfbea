package io.psutil4j;

import java.util.Map;

/**
 * psutil's {@code svmem}: system memory in bytes, from /proc/meminfo. {@code used = total -
 * available} (procps 4 and psutil 7.1+), so {@code used + free != total} by design.
 */
public final class VirtualMemory extends Tuple {
  private final long total;
  private final long available;
  private final double percent;
  private final long used;
  private final long free;
  private final long active;
  private final long inactive;
  private final long buffers;
  private final long cached;
  private final long shared;
  private final long slab;

  private VirtualMemory(
      long total,
      long available,
      long free,
      long active,
      long inactive,
      long buffers,
      long cached,
      long shared,
      long slab) {
    super("svmem");
    this.total = Fields.requireNonNegative("total", total);
    this.available = Fields.requireNonNegative("available", available);
    this.free = Fields.requireNonNegative("free", free);
    this.active = Fields.requireNonNegative("active", active);
    this.inactive = Fields.requireNonNegative("inactive", inactive);
    this.buffers = Fields.requireNonNegative("buffers", buffers);
    this.cached = Fields.requireNonNegative("cached", cached);
    this.shared = Fields.requireNonNegative("shared", shared);
    this.slab = Fields.requireNonNegative("slab", slab);
    if (available > total) {
      throw new IllegalArgumentException(
          "available " + available + " exceeds total " + total + " (clamp before building)");
    }
    this.used = total - available;
    this.percent = Fields.percent(used, total);
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
    return new VirtualMemory(
        total, available, free, active, inactive, buffers, cached, shared, slab);
  }

  /** MemTotal, bytes. */
  public long total() {
    return total;
  }

  /**
   * Memory that can be given to processes without swapping, bytes (MemAvailable or its estimate).
   */
  public long available() {
    return available;
  }

  /** {@code (total - available) / total * 100}, one decimal. */
  public double percent() {
    return percent;
  }

  /** {@code total - available}, bytes. */
  public long used() {
    return used;
  }

  /** MemFree: memory not used at all, bytes. */
  public long free() {
    return free;
  }

  /** Active, bytes. */
  public long active() {
    return active;
  }

  /** Inactive, bytes. */
  public long inactive() {
    return inactive;
  }

  /** Buffers, bytes. */
  public long buffers() {
    return buffers;
  }

  /** Cached + SReclaimable (the "cache" column of {@code free}), bytes. */
  public long cached() {
    return cached;
  }

  /** Shmem, bytes. */
  public long shared() {
    return shared;
  }

  /** Slab, bytes. */
  public long slab() {
    return slab;
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "total",
        total,
        "available",
        available,
        "percent",
        percent,
        "used",
        used,
        "free",
        free,
        "active",
        active,
        "inactive",
        inactive,
        "buffers",
        buffers,
        "cached",
        cached,
        "shared",
        shared,
        "slab",
        slab);
  }
}

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

  private VirtualMemory(Builder b) {
    super("svmem");
    this.total = Fields.requireNonNegative("total", b.total);
    this.available = Fields.requireNonNegative("available", b.available);
    this.free = Fields.requireNonNegative("free", b.free);
    this.active = Fields.requireNonNegative("active", b.active);
    this.inactive = Fields.requireNonNegative("inactive", b.inactive);
    this.buffers = Fields.requireNonNegative("buffers", b.buffers);
    this.cached = Fields.requireNonNegative("cached", b.cached);
    this.shared = Fields.requireNonNegative("shared", b.shared);
    this.slab = Fields.requireNonNegative("slab", b.slab);
    if (available > total) {
      throw new IllegalArgumentException(
          "available " + available + " exceeds total " + total + " (clamp before building)");
    }
    this.used = total - available;
    this.percent = Fields.percent(used, total);
  }

  public static Builder builder() {
    return new Builder();
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

  /** Collects the meminfo-derived fields; {@code used} and {@code percent} are computed. */
  public static final class Builder {
    private long total;
    private long available;
    private long free;
    private long active;
    private long inactive;
    private long buffers;
    private long cached;
    private long shared;
    private long slab;

    private Builder() {}

    public Builder total(long v) {
      total = v;
      return this;
    }

    public Builder available(long v) {
      available = v;
      return this;
    }

    public Builder free(long v) {
      free = v;
      return this;
    }

    public Builder active(long v) {
      active = v;
      return this;
    }

    public Builder inactive(long v) {
      inactive = v;
      return this;
    }

    public Builder buffers(long v) {
      buffers = v;
      return this;
    }

    public Builder cached(long v) {
      cached = v;
      return this;
    }

    public Builder shared(long v) {
      shared = v;
      return this;
    }

    public Builder slab(long v) {
      slab = v;
      return this;
    }

    public VirtualMemory build() {
      return new VirtualMemory(this);
    }
  }
}

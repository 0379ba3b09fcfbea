package io.psutil4j;

import java.util.Map;
import java.util.OptionalLong;

/**
 * A cgroup's memory limits, usage, breakdown and events. cgroup v2: memory.max, memory.high,
 * memory.low, memory.current, memory.peak, memory.swap.max, memory.swap.current, memory.stat and
 * memory.events. cgroup v1: memory.limit_in_bytes, usage_in_bytes, max_usage_in_bytes, memsw.*
 * (swap = memsw - memory), memory.stat's hierarchical {@code total_*} lines, memory.failcnt and
 * memory.oom_control. All in bytes except the events, which are counts. A limit is empty when there
 * is none ({@code max}). psutil has no equivalent.
 */
public final class CgroupMemory implements NamedTuple {
  private final Long max;
  private final Long high;
  private final Long low;
  private final Long current;
  private final Long peak;
  private final Long swapMax;
  private final Long swapCurrent;
  private final Long anon;
  private final Long file;
  private final Long kernel;
  private final Long kernelStack;
  private final Long slab;
  private final Long sock;
  private final Long shmem;
  private final Long fileMapped;
  private final Long fileDirty;
  private final Long fileWriteback;
  private final Long inactiveFile;
  private final Long eventsLow;
  private final Long eventsHigh;
  private final Long eventsMax;
  private final Long eventsOom;
  private final Long eventsOomKill;

  private CgroupMemory(Builder b) {
    nonNegative("max", b.max);
    nonNegative("high", b.high);
    nonNegative("low", b.low);
    nonNegative("current", b.current);
    nonNegative("peak", b.peak);
    nonNegative("swap_max", b.swapMax);
    nonNegative("swap_current", b.swapCurrent);
    nonNegative("anon", b.anon);
    nonNegative("file", b.file);
    nonNegative("kernel", b.kernel);
    nonNegative("kernel_stack", b.kernelStack);
    nonNegative("slab", b.slab);
    nonNegative("sock", b.sock);
    nonNegative("shmem", b.shmem);
    nonNegative("file_mapped", b.fileMapped);
    nonNegative("file_dirty", b.fileDirty);
    nonNegative("file_writeback", b.fileWriteback);
    nonNegative("inactive_file", b.inactiveFile);
    nonNegative("events_low", b.eventsLow);
    nonNegative("events_high", b.eventsHigh);
    nonNegative("events_max", b.eventsMax);
    nonNegative("events_oom", b.eventsOom);
    nonNegative("events_oom_kill", b.eventsOomKill);
    this.max = b.max;
    this.high = b.high;
    this.low = b.low;
    this.current = b.current;
    this.peak = b.peak;
    this.swapMax = b.swapMax;
    this.swapCurrent = b.swapCurrent;
    this.anon = b.anon;
    this.file = b.file;
    this.kernel = b.kernel;
    this.kernelStack = b.kernelStack;
    this.slab = b.slab;
    this.sock = b.sock;
    this.shmem = b.shmem;
    this.fileMapped = b.fileMapped;
    this.fileDirty = b.fileDirty;
    this.fileWriteback = b.fileWriteback;
    this.inactiveFile = b.inactiveFile;
    this.eventsLow = b.eventsLow;
    this.eventsHigh = b.eventsHigh;
    this.eventsMax = b.eventsMax;
    this.eventsOom = b.eventsOom;
    this.eventsOomKill = b.eventsOomKill;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Hard limit (memory.max, v1 limit_in_bytes), bytes; empty for none. */
  public OptionalLong max() {
    return max == null ? OptionalLong.empty() : OptionalLong.of(max);
  }

  /** Throttling limit (memory.high, v2 only), bytes; empty for none. */
  public OptionalLong high() {
    return high == null ? OptionalLong.empty() : OptionalLong.of(high);
  }

  /** Best-effort protection (memory.low, v2 only), bytes; 0 when none is set. */
  public OptionalLong low() {
    return low == null ? OptionalLong.empty() : OptionalLong.of(low);
  }

  /** Memory in use by the group and its descendants, bytes. */
  public OptionalLong current() {
    return current == null ? OptionalLong.empty() : OptionalLong.of(current);
  }

  /** Highest usage recorded (memory.peak, kernel 5.19+; v1 max_usage_in_bytes), bytes. */
  public OptionalLong peak() {
    return peak == null ? OptionalLong.empty() : OptionalLong.of(peak);
  }

  /** Swap limit (memory.swap.max; v1 memsw limit minus memory limit), bytes; empty for none. */
  public OptionalLong swapMax() {
    return swapMax == null ? OptionalLong.empty() : OptionalLong.of(swapMax);
  }

  /** Swap in use (memory.swap.current; v1 memsw usage minus memory usage), bytes. */
  public OptionalLong swapCurrent() {
    return swapCurrent == null ? OptionalLong.empty() : OptionalLong.of(swapCurrent);
  }

  /** Anonymous memory: heaps, stacks, private mappings (v1 total_rss), bytes. */
  public OptionalLong anon() {
    return anon == null ? OptionalLong.empty() : OptionalLong.of(anon);
  }

  /** Page cache, including tmpfs and shmem (v1 total_cache), bytes. */
  public OptionalLong file() {
    return file == null ? OptionalLong.empty() : OptionalLong.of(file);
  }

  /** Kernel memory charged to the group (v2 only, kernel 5.18+), bytes. */
  public OptionalLong kernel() {
    return kernel == null ? OptionalLong.empty() : OptionalLong.of(kernel);
  }

  /** Kernel stacks, bytes (v2 only). */
  public OptionalLong kernelStack() {
    return kernelStack == null ? OptionalLong.empty() : OptionalLong.of(kernelStack);
  }

  /** Slab objects, bytes (v2 only). */
  public OptionalLong slab() {
    return slab == null ? OptionalLong.empty() : OptionalLong.of(slab);
  }

  /** Network transmission buffers, bytes (v2 only). */
  public OptionalLong sock() {
    return sock == null ? OptionalLong.empty() : OptionalLong.of(sock);
  }

  /** Shared memory and tmpfs, bytes. */
  public OptionalLong shmem() {
    return shmem == null ? OptionalLong.empty() : OptionalLong.of(shmem);
  }

  /** Page cache mapped into processes (v1 total_mapped_file), bytes. */
  public OptionalLong fileMapped() {
    return fileMapped == null ? OptionalLong.empty() : OptionalLong.of(fileMapped);
  }

  /** Page cache waiting to be written (v1 total_dirty), bytes. */
  public OptionalLong fileDirty() {
    return fileDirty == null ? OptionalLong.empty() : OptionalLong.of(fileDirty);
  }

  /** Page cache being written (v1 total_writeback), bytes. */
  public OptionalLong fileWriteback() {
    return fileWriteback == null ? OptionalLong.empty() : OptionalLong.of(fileWriteback);
  }

  /**
   * Page cache on the inactive LRU list, the first the kernel reclaims near the limit (memory.stat
   * inactive_file; v1 total_inactive_file), bytes.
   */
  public OptionalLong inactiveFile() {
    return inactiveFile == null ? OptionalLong.empty() : OptionalLong.of(inactiveFile);
  }

  /**
   * The working set as kubelet and cAdvisor compute it (container_memory_working_set_bytes, what
   * Kubernetes evicts and OOM-ranks by): usage minus inactive file, never below 0; bytes. Empty
   * when either is unknown.
   */
  public OptionalLong workingSet() {
    if (current == null || inactiveFile == null) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(0, current - inactiveFile));
  }

  /** Times usage fell under memory.low while reclaiming (a counter, v2). */
  public OptionalLong eventsLow() {
    return eventsLow == null ? OptionalLong.empty() : OptionalLong.of(eventsLow);
  }

  /** Times usage went over memory.high and was throttled (a counter, v2). */
  public OptionalLong eventsHigh() {
    return eventsHigh == null ? OptionalLong.empty() : OptionalLong.of(eventsHigh);
  }

  /** Times usage was about to go over the hard limit (a counter; v1 memory.failcnt). */
  public OptionalLong eventsMax() {
    return eventsMax == null ? OptionalLong.empty() : OptionalLong.of(eventsMax);
  }

  /** Times the group ran out of memory at its limit (a counter, v2). */
  public OptionalLong eventsOom() {
    return eventsOom == null ? OptionalLong.empty() : OptionalLong.of(eventsOom);
  }

  /**
   * Processes the OOM killer killed in the group (a counter; v1 memory.oom_control, kernel 4.13+).
   */
  public OptionalLong eventsOomKill() {
    return eventsOomKill == null ? OptionalLong.empty() : OptionalLong.of(eventsOomKill);
  }

  @Override
  public Map<String, Object> asDict() {
    return Fields.ordered(
        "max", max,
        "high", high,
        "low", low,
        "current", current,
        "peak", peak,
        "swap_max", swapMax,
        "swap_current", swapCurrent,
        "anon", anon,
        "file", file,
        "kernel", kernel,
        "kernel_stack", kernelStack,
        "slab", slab,
        "sock", sock,
        "shmem", shmem,
        "file_mapped", fileMapped,
        "file_dirty", fileDirty,
        "file_writeback", fileWriteback,
        "inactive_file", inactiveFile,
        "working_set", workingSet().isPresent() ? workingSet().getAsLong() : null,
        "events_low", eventsLow,
        "events_high", eventsHigh,
        "events_max", eventsMax,
        "events_oom", eventsOom,
        "events_oom_kill", eventsOomKill);
  }

  @Override
  public String toString() {
    return Repr.of("scgroupmemory", asDict());
  }

  private static void nonNegative(String field, Number value) {
    if (value != null && !(value.doubleValue() >= 0)) {
      throw new IllegalArgumentException(field + " must be >= 0 or null, got " + value);
    }
  }

  /** Collects the fields; absent ones stay empty (unknown, or no limit for a limit). */
  public static final class Builder {
    private Long max;
    private Long high;
    private Long low;
    private Long current;
    private Long peak;
    private Long swapMax;
    private Long swapCurrent;
    private Long anon;
    private Long file;
    private Long kernel;
    private Long kernelStack;
    private Long slab;
    private Long sock;
    private Long shmem;
    private Long fileMapped;
    private Long fileDirty;
    private Long fileWriteback;
    private Long inactiveFile;
    private Long eventsLow;
    private Long eventsHigh;
    private Long eventsMax;
    private Long eventsOom;
    private Long eventsOomKill;

    private Builder() {}

    /** Hard limit (memory.max, v1 limit_in_bytes), bytes; empty for none. */
    public Builder max(Long value) {
      this.max = value;
      return this;
    }

    /** Throttling limit (memory.high, v2 only), bytes; empty for none. */
    public Builder high(Long value) {
      this.high = value;
      return this;
    }

    /** Best-effort protection (memory.low, v2 only), bytes; 0 when none is set. */
    public Builder low(Long value) {
      this.low = value;
      return this;
    }

    /** Memory in use by the group and its descendants, bytes. */
    public Builder current(Long value) {
      this.current = value;
      return this;
    }

    /** Highest usage recorded (memory.peak, kernel 5.19+; v1 max_usage_in_bytes), bytes. */
    public Builder peak(Long value) {
      this.peak = value;
      return this;
    }

    /** Swap limit (memory.swap.max; v1 memsw limit minus memory limit), bytes; empty for none. */
    public Builder swapMax(Long value) {
      this.swapMax = value;
      return this;
    }

    /** Swap in use (memory.swap.current; v1 memsw usage minus memory usage), bytes. */
    public Builder swapCurrent(Long value) {
      this.swapCurrent = value;
      return this;
    }

    /** Anonymous memory: heaps, stacks, private mappings (v1 total_rss), bytes. */
    public Builder anon(Long value) {
      this.anon = value;
      return this;
    }

    /** Page cache, including tmpfs and shmem (v1 total_cache), bytes. */
    public Builder file(Long value) {
      this.file = value;
      return this;
    }

    /** Kernel memory charged to the group (v2 only, kernel 5.18+), bytes. */
    public Builder kernel(Long value) {
      this.kernel = value;
      return this;
    }

    /** Kernel stacks, bytes (v2 only). */
    public Builder kernelStack(Long value) {
      this.kernelStack = value;
      return this;
    }

    /** Slab objects, bytes (v2 only). */
    public Builder slab(Long value) {
      this.slab = value;
      return this;
    }

    /** Network transmission buffers, bytes (v2 only). */
    public Builder sock(Long value) {
      this.sock = value;
      return this;
    }

    /** Shared memory and tmpfs, bytes. */
    public Builder shmem(Long value) {
      this.shmem = value;
      return this;
    }

    /** Page cache mapped into processes (v1 total_mapped_file), bytes. */
    public Builder fileMapped(Long value) {
      this.fileMapped = value;
      return this;
    }

    /** Page cache waiting to be written (v1 total_dirty), bytes. */
    public Builder fileDirty(Long value) {
      this.fileDirty = value;
      return this;
    }

    /** Page cache being written (v1 total_writeback), bytes. */
    public Builder fileWriteback(Long value) {
      this.fileWriteback = value;
      return this;
    }

    /** Page cache on the inactive LRU list (memory.stat inactive_file), bytes. */
    public Builder inactiveFile(Long value) {
      this.inactiveFile = value;
      return this;
    }

    /** Times usage fell under memory.low while reclaiming (a counter, v2). */
    public Builder eventsLow(Long value) {
      this.eventsLow = value;
      return this;
    }

    /** Times usage went over memory.high and was throttled (a counter, v2). */
    public Builder eventsHigh(Long value) {
      this.eventsHigh = value;
      return this;
    }

    /** Times usage was about to go over the hard limit (a counter; v1 memory.failcnt). */
    public Builder eventsMax(Long value) {
      this.eventsMax = value;
      return this;
    }

    /** Times the group ran out of memory at its limit (a counter, v2). */
    public Builder eventsOom(Long value) {
      this.eventsOom = value;
      return this;
    }

    /**
     * Processes the OOM killer killed in the group (a counter; v1 memory.oom_control, kernel
     * 4.13+).
     */
    public Builder eventsOomKill(Long value) {
      this.eventsOomKill = value;
      return this;
    }

    /**
     * The value with the fields set so far.
     *
     * @throws IllegalArgumentException naming a negative field
     */
    public CgroupMemory build() {
      return new CgroupMemory(this);
    }
  }
}

package io.psutil4j;

import java.util.EnumMap;
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
public final class CgroupMemory extends FieldTuple<CgroupMemory.Field> {
  /**
   * The fields, in the order of {@link #asDict()}, all bytes but the events (counts); {@link
   * #WORKING_SET} is computed from {@link #CURRENT} and {@link #INACTIVE_FILE}.
   */
  public enum Field implements TupleField {
    MAX,
    HIGH,
    LOW,
    CURRENT,
    PEAK,
    SWAP_MAX,
    SWAP_CURRENT,
    ANON,
    FILE,
    KERNEL,
    KERNEL_STACK,
    SLAB,
    SOCK,
    SHMEM,
    FILE_MAPPED,
    FILE_DIRTY,
    FILE_WRITEBACK,
    INACTIVE_FILE,
    WORKING_SET,
    EVENTS_LOW,
    EVENTS_HIGH,
    EVENTS_MAX,
    EVENTS_OOM,
    EVENTS_OOM_KILL;

    @Override
    public Class<? extends Number> type() {
      return Long.class;
    }
  }

  private CgroupMemory(Map<Field, Long> values) {
    super("scgroupmemory", Field.class, values);
  }

  /**
   * Builds from the fields the files gave; a field left out, or null, is empty (unknown, or no
   * limit for a limit). The working set is computed, whatever is given for it.
   *
   * @throws IllegalArgumentException naming a negative field
   */
  public static CgroupMemory of(Map<Field, Long> values) {
    Map<Field, Long> all = new EnumMap<>(Field.class);
    all.putAll(values);
    Long current = all.get(Field.CURRENT);
    Long inactiveFile = all.get(Field.INACTIVE_FILE);
    all.put(
        Field.WORKING_SET,
        current == null || inactiveFile == null ? null : Math.max(0, current - inactiveFile));
    return new CgroupMemory(all);
  }

  /** Hard limit (memory.max, v1 limit_in_bytes), bytes; empty for none. */
  public OptionalLong max() {
    return optionalLong(Field.MAX);
  }

  /** Throttling limit (memory.high, v2 only), bytes; empty for none. */
  public OptionalLong high() {
    return optionalLong(Field.HIGH);
  }

  /** Best-effort protection (memory.low, v2 only), bytes; 0 when none is set. */
  public OptionalLong low() {
    return optionalLong(Field.LOW);
  }

  /** Memory in use by the group and its descendants, bytes. */
  public OptionalLong current() {
    return optionalLong(Field.CURRENT);
  }

  /** Highest usage recorded (memory.peak, kernel 5.19+; v1 max_usage_in_bytes), bytes. */
  public OptionalLong peak() {
    return optionalLong(Field.PEAK);
  }

  /** Swap limit (memory.swap.max; v1 memsw limit minus memory limit), bytes; empty for none. */
  public OptionalLong swapMax() {
    return optionalLong(Field.SWAP_MAX);
  }

  /** Swap in use (memory.swap.current; v1 memsw usage minus memory usage), bytes. */
  public OptionalLong swapCurrent() {
    return optionalLong(Field.SWAP_CURRENT);
  }

  /** Anonymous memory: heaps, stacks, private mappings (v1 total_rss), bytes. */
  public OptionalLong anon() {
    return optionalLong(Field.ANON);
  }

  /** Page cache, including tmpfs and shmem (v1 total_cache), bytes. */
  public OptionalLong file() {
    return optionalLong(Field.FILE);
  }

  /** Kernel memory charged to the group (v2 only, kernel 5.18+), bytes. */
  public OptionalLong kernel() {
    return optionalLong(Field.KERNEL);
  }

  /** Kernel stacks, bytes (v2 only). */
  public OptionalLong kernelStack() {
    return optionalLong(Field.KERNEL_STACK);
  }

  /** Slab objects, bytes (v2 only). */
  public OptionalLong slab() {
    return optionalLong(Field.SLAB);
  }

  /** Network transmission buffers, bytes (v2 only). */
  public OptionalLong sock() {
    return optionalLong(Field.SOCK);
  }

  /** Shared memory and tmpfs, bytes. */
  public OptionalLong shmem() {
    return optionalLong(Field.SHMEM);
  }

  /** Page cache mapped into processes (v1 total_mapped_file), bytes. */
  public OptionalLong fileMapped() {
    return optionalLong(Field.FILE_MAPPED);
  }

  /** Page cache waiting to be written (v1 total_dirty), bytes. */
  public OptionalLong fileDirty() {
    return optionalLong(Field.FILE_DIRTY);
  }

  /** Page cache being written (v1 total_writeback), bytes. */
  public OptionalLong fileWriteback() {
    return optionalLong(Field.FILE_WRITEBACK);
  }

  /**
   * Page cache on the inactive LRU list, the first the kernel reclaims near the limit (memory.stat
   * inactive_file; v1 total_inactive_file), bytes.
   */
  public OptionalLong inactiveFile() {
    return optionalLong(Field.INACTIVE_FILE);
  }

  /**
   * The working set as kubelet and cAdvisor compute it (container_memory_working_set_bytes, what
   * Kubernetes evicts and OOM-ranks by): usage minus inactive file, never below 0; bytes. Empty
   * when either is unknown.
   */
  public OptionalLong workingSet() {
    return optionalLong(Field.WORKING_SET);
  }

  /** Times usage fell under memory.low while reclaiming (a counter, v2). */
  public OptionalLong eventsLow() {
    return optionalLong(Field.EVENTS_LOW);
  }

  /** Times usage went over memory.high and was throttled (a counter, v2). */
  public OptionalLong eventsHigh() {
    return optionalLong(Field.EVENTS_HIGH);
  }

  /** Times usage was about to go over the hard limit (a counter; v1 memory.failcnt). */
  public OptionalLong eventsMax() {
    return optionalLong(Field.EVENTS_MAX);
  }

  /** Times the group ran out of memory at its limit (a counter, v2). */
  public OptionalLong eventsOom() {
    return optionalLong(Field.EVENTS_OOM);
  }

  /**
   * Processes the OOM killer killed in the group (a counter; v1 memory.oom_control, kernel 4.13+).
   */
  public OptionalLong eventsOomKill() {
    return optionalLong(Field.EVENTS_OOM_KILL);
  }
}

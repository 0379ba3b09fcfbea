package io.psutil4j;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * A cgroup's memory limits, usage, breakdown and events. cgroup v2: memory.max, memory.high,
 * memory.low, memory.current, memory.peak, memory.swap.max, memory.swap.current, memory.stat and
 * memory.events. cgroup v1: memory.limit_in_bytes, usage_in_bytes, max_usage_in_bytes, memsw.*
 * (swap = memsw - memory), memory.stat's hierarchical {@code total_*} lines, memory.failcnt and
 * memory.oom_control. All in bytes except the events, which are counts. A limit is empty when there
 * is none ({@code max}). psutil has no equivalent.
 */
public final class CgroupMemory extends FieldTuple {
  /**
   * The fields, in the order of {@link #asDict()}, all bytes but the events (counts); {@link
   * #WORKING_SET} is computed from {@link #CURRENT} and {@link #INACTIVE_FILE}.
   */
  public static final FieldTable FIELDS = FieldTable.optional();

  public static final TupleField<Long> MAX = FIELDS.bytes("max");
  public static final TupleField<Long> HIGH = FIELDS.bytes("high");
  public static final TupleField<Long> LOW = FIELDS.bytes("low");
  public static final TupleField<Long> CURRENT = FIELDS.bytes("current");
  public static final TupleField<Long> PEAK = FIELDS.bytes("peak");
  public static final TupleField<Long> SWAP_MAX = FIELDS.bytes("swap_max");
  public static final TupleField<Long> SWAP_CURRENT = FIELDS.bytes("swap_current");
  public static final TupleField<Long> ANON = FIELDS.bytes("anon");
  public static final TupleField<Long> FILE = FIELDS.bytes("file");
  public static final TupleField<Long> KERNEL = FIELDS.bytes("kernel");
  public static final TupleField<Long> KERNEL_STACK = FIELDS.bytes("kernel_stack");
  public static final TupleField<Long> SLAB = FIELDS.bytes("slab");
  public static final TupleField<Long> SOCK = FIELDS.bytes("sock");
  public static final TupleField<Long> SHMEM = FIELDS.bytes("shmem");
  public static final TupleField<Long> FILE_MAPPED = FIELDS.bytes("file_mapped");
  public static final TupleField<Long> FILE_DIRTY = FIELDS.bytes("file_dirty");
  public static final TupleField<Long> FILE_WRITEBACK = FIELDS.bytes("file_writeback");
  public static final TupleField<Long> INACTIVE_FILE = FIELDS.bytes("inactive_file");
  public static final TupleField<Long> WORKING_SET = FIELDS.bytes("working_set");
  public static final TupleField<Long> EVENTS_LOW = FIELDS.longs("events_low", Unit.EVENTS);
  public static final TupleField<Long> EVENTS_HIGH = FIELDS.longs("events_high", Unit.EVENTS);
  public static final TupleField<Long> EVENTS_MAX = FIELDS.longs("events_max", Unit.EVENTS);
  public static final TupleField<Long> EVENTS_OOM = FIELDS.longs("events_oom", Unit.EVENTS);
  public static final TupleField<Long> EVENTS_OOM_KILL =
      FIELDS.longs("events_oom_kill", Unit.PROCESSES);

  private CgroupMemory(@Nullable Object[] checked) {
    super("scgroupmemory", FIELDS, checked, true);
  }

  /**
   * Builds from the fields the files gave; a field left out, or null, is empty (unknown, or no
   * limit for a limit). The working set is computed, whatever is given for it.
   *
   * @throws IllegalArgumentException naming a negative field
   */
  public static CgroupMemory of(Map<TupleField<Long>, Long> values) {
    Map<TupleField<Long>, Long> given = values;
    if (given.containsKey(WORKING_SET)) {
      // computed below, whatever is given: not checked either
      given = new HashMap<>(values);
      given.remove(WORKING_SET);
    }
    @Nullable Object[] laidOut = laidOut("scgroupmemory", FIELDS, given);
    Long current = (Long) laidOut[CURRENT.index()];
    Long inactiveFile = (Long) laidOut[INACTIVE_FILE.index()];
    if (current != null && inactiveFile != null) {
      laidOut[WORKING_SET.index()] = Math.max(0, current - inactiveFile);
    }
    return new CgroupMemory(laidOut);
  }

  /** Hard limit (memory.max, v1 limit_in_bytes), bytes; empty for none. */
  public OptionalLong max() {
    return optionalLong(MAX);
  }

  /** Throttling limit (memory.high, v2 only), bytes; empty for none. */
  public OptionalLong high() {
    return optionalLong(HIGH);
  }

  /** Best-effort protection (memory.low, v2 only), bytes; 0 when none is set. */
  public OptionalLong low() {
    return optionalLong(LOW);
  }

  /** Memory in use by the group and its descendants, bytes. */
  public OptionalLong current() {
    return optionalLong(CURRENT);
  }

  /** Highest usage recorded (memory.peak, kernel 5.19+; v1 max_usage_in_bytes), bytes. */
  public OptionalLong peak() {
    return optionalLong(PEAK);
  }

  /** Swap limit (memory.swap.max; v1 memsw limit minus memory limit), bytes; empty for none. */
  public OptionalLong swapMax() {
    return optionalLong(SWAP_MAX);
  }

  /** Swap in use (memory.swap.current; v1 memsw usage minus memory usage), bytes. */
  public OptionalLong swapCurrent() {
    return optionalLong(SWAP_CURRENT);
  }

  /** Anonymous memory: heaps, stacks, private mappings (v1 total_rss), bytes. */
  public OptionalLong anon() {
    return optionalLong(ANON);
  }

  /** Page cache, including tmpfs and shmem (v1 total_cache), bytes. */
  public OptionalLong file() {
    return optionalLong(FILE);
  }

  /** Kernel memory charged to the group (v2 only, kernel 5.18+), bytes. */
  public OptionalLong kernel() {
    return optionalLong(KERNEL);
  }

  /** Kernel stacks, bytes (v2 only). */
  public OptionalLong kernelStack() {
    return optionalLong(KERNEL_STACK);
  }

  /** Slab objects, bytes (v2 only). */
  public OptionalLong slab() {
    return optionalLong(SLAB);
  }

  /** Network transmission buffers, bytes (v2 only). */
  public OptionalLong sock() {
    return optionalLong(SOCK);
  }

  /** Shared memory and tmpfs, bytes. */
  public OptionalLong shmem() {
    return optionalLong(SHMEM);
  }

  /** Page cache mapped into processes (v1 total_mapped_file), bytes. */
  public OptionalLong fileMapped() {
    return optionalLong(FILE_MAPPED);
  }

  /** Page cache waiting to be written (v1 total_dirty), bytes. */
  public OptionalLong fileDirty() {
    return optionalLong(FILE_DIRTY);
  }

  /** Page cache being written (v1 total_writeback), bytes. */
  public OptionalLong fileWriteback() {
    return optionalLong(FILE_WRITEBACK);
  }

  /**
   * Page cache on the inactive LRU list, the first the kernel reclaims near the limit (memory.stat
   * inactive_file; v1 total_inactive_file), bytes.
   */
  public OptionalLong inactiveFile() {
    return optionalLong(INACTIVE_FILE);
  }

  /**
   * The working set as kubelet and cAdvisor compute it (container_memory_working_set_bytes, what
   * Kubernetes evicts and OOM-ranks by): usage minus inactive file, never below 0; bytes. Empty
   * when either is unknown.
   */
  public OptionalLong workingSet() {
    return optionalLong(WORKING_SET);
  }

  /** Times usage fell under memory.low while reclaiming (a counter, v2). */
  public OptionalLong eventsLow() {
    return optionalLong(EVENTS_LOW);
  }

  /** Times usage went over memory.high and was throttled (a counter, v2). */
  public OptionalLong eventsHigh() {
    return optionalLong(EVENTS_HIGH);
  }

  /** Times usage was about to go over the hard limit (a counter; v1 memory.failcnt). */
  public OptionalLong eventsMax() {
    return optionalLong(EVENTS_MAX);
  }

  /** Times the group ran out of memory at its limit (a counter, v2). */
  public OptionalLong eventsOom() {
    return optionalLong(EVENTS_OOM);
  }

  /**
   * Processes the OOM killer killed in the group (a counter; v1 memory.oom_control, kernel 4.13+).
   */
  public OptionalLong eventsOomKill() {
    return optionalLong(EVENTS_OOM_KILL);
  }
}

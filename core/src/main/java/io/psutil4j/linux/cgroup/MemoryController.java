package io.psutil4j.linux.cgroup;

import io.psutil4j.CgroupMemory;
import io.psutil4j.TupleField;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/** Reads a group's memory limits, usage, memory.stat breakdown and events from v1 or v2 files. */
final class MemoryController {
  /**
   * v1 says "no limit" as PAGE_COUNTER_MAX pages, LONG_MAX rounded down to the page size
   * (9223372036854771712 with 4 KiB pages); anything this close to LONG_MAX is that, for any page
   * size up to 16 MiB.
   */
  static final long V1_UNLIMITED = 0x7FFF_FFFF_FF00_0000L;

  private MemoryController() {}

  static @Nullable CgroupMemory read(CgroupLocation where) {
    Path v1 = where.v1("memory");
    if (v1 != null) {
      return readV1(v1);
    }
    Path v2 = where.unified();
    return v2 == null ? null : readV2(v2);
  }

  private static CgroupMemory readV2(Path dir) {
    Map<String, Long> stat = keyed(dir, "memory.stat");
    Map<String, Long> events = keyed(dir, "memory.events");
    Map<TupleField<Long>, Long> read = new HashMap<>();
    read.put(CgroupMemory.MAX, CpuController.present(limit(dir, "memory.max")));
    read.put(CgroupMemory.HIGH, CpuController.present(limit(dir, "memory.high")));
    read.put(CgroupMemory.LOW, CpuController.present(limit(dir, "memory.low")));
    read.put(CgroupMemory.CURRENT, CpuController.present(limit(dir, "memory.current")));
    read.put(CgroupMemory.PEAK, CpuController.present(limit(dir, "memory.peak")));
    read.put(CgroupMemory.SWAP_MAX, CpuController.present(limit(dir, "memory.swap.max")));
    read.put(CgroupMemory.SWAP_CURRENT, CpuController.present(limit(dir, "memory.swap.current")));
    read.put(CgroupMemory.ANON, stat.get("anon"));
    read.put(CgroupMemory.FILE, stat.get("file"));
    read.put(CgroupMemory.KERNEL, stat.get("kernel"));
    read.put(CgroupMemory.KERNEL_STACK, stat.get("kernel_stack"));
    read.put(CgroupMemory.SLAB, stat.get("slab"));
    read.put(CgroupMemory.SOCK, stat.get("sock"));
    read.put(CgroupMemory.SHMEM, stat.get("shmem"));
    read.put(CgroupMemory.FILE_MAPPED, stat.get("file_mapped"));
    read.put(CgroupMemory.FILE_DIRTY, stat.get("file_dirty"));
    read.put(CgroupMemory.FILE_WRITEBACK, stat.get("file_writeback"));
    read.put(CgroupMemory.INACTIVE_FILE, stat.get("inactive_file"));
    read.put(CgroupMemory.EVENTS_LOW, events.get("low"));
    read.put(CgroupMemory.EVENTS_HIGH, events.get("high"));
    read.put(CgroupMemory.EVENTS_MAX, events.get("max"));
    read.put(CgroupMemory.EVENTS_OOM, events.get("oom"));
    read.put(CgroupMemory.EVENTS_OOM_KILL, events.get("oom_kill"));
    return CgroupMemory.of(read);
  }

  private static CgroupMemory readV1(Path dir) {
    // memory.stat's total_* lines count the whole subtree, as v2's files do
    Map<String, Long> stat = keyed(dir, "memory.stat");
    Map<String, Long> oomControl = keyed(dir, "memory.oom_control");
    Long max = v1Limit(dir, "memory.limit_in_bytes");
    Long memsw = v1Limit(dir, "memory.memsw.limit_in_bytes");
    Long usage = v1Value(dir, "memory.usage_in_bytes");
    Long memswUsage = v1Value(dir, "memory.memsw.usage_in_bytes");
    Long swapMax = memsw == null ? null : memsw - (max == null ? 0 : Math.min(max, memsw));
    Long swapCurrent = memswUsage != null && usage != null ? Math.max(0, memswUsage - usage) : null;
    Map<TupleField<Long>, Long> read = new HashMap<>();
    read.put(CgroupMemory.MAX, max);
    read.put(CgroupMemory.CURRENT, usage);
    read.put(CgroupMemory.PEAK, v1Value(dir, "memory.max_usage_in_bytes"));
    read.put(CgroupMemory.SWAP_MAX, swapMax);
    read.put(CgroupMemory.SWAP_CURRENT, swapCurrent);
    read.put(CgroupMemory.ANON, stat.get("total_rss"));
    read.put(CgroupMemory.FILE, stat.get("total_cache"));
    read.put(CgroupMemory.KERNEL, v1Value(dir, "memory.kmem.usage_in_bytes"));
    read.put(CgroupMemory.SHMEM, stat.get("total_shmem"));
    read.put(CgroupMemory.FILE_MAPPED, stat.get("total_mapped_file"));
    read.put(CgroupMemory.FILE_DIRTY, stat.get("total_dirty"));
    read.put(CgroupMemory.FILE_WRITEBACK, stat.get("total_writeback"));
    read.put(CgroupMemory.INACTIVE_FILE, stat.get("total_inactive_file"));
    read.put(CgroupMemory.EVENTS_MAX, v1Value(dir, "memory.failcnt"));
    read.put(CgroupMemory.EVENTS_OOM_KILL, oomControl.get("oom_kill"));
    return CgroupMemory.of(read);
  }

  private static @Nullable OptionalLong limit(Path dir, String name) {
    return CgroupFiles.readOrNull(dir, name, SingleValue::parse);
  }

  private static @Nullable Long v1Value(Path dir, String name) {
    return CpuController.present(limit(dir, name));
  }

  private static @Nullable Long v1Limit(Path dir, String name) {
    Long value = v1Value(dir, name);
    return value == null || value < 0 || value >= V1_UNLIMITED ? null : value;
  }

  private static Map<String, Long> keyed(Path dir, String name) {
    Map<String, Long> values = CgroupFiles.readOrNull(dir, name, KeyedValues::parse);
    return values == null ? Collections.<String, Long>emptyMap() : values;
  }
}

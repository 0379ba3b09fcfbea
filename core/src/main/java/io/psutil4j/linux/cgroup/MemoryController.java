package io.psutil4j.linux.cgroup;

import io.psutil4j.CgroupMemory;
import io.psutil4j.TupleField;
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

  /** Package-private for the parser tests, which read every flat keyed file through it. */
  static final KeyedValues<TupleField<Long>> V2_STAT =
      KeyedValues.<TupleField<Long>>none()
          .with("anon", CgroupMemory.ANON)
          .with("file", CgroupMemory.FILE)
          .with("kernel", CgroupMemory.KERNEL)
          .with("kernel_stack", CgroupMemory.KERNEL_STACK)
          .with("slab", CgroupMemory.SLAB)
          .with("sock", CgroupMemory.SOCK)
          .with("shmem", CgroupMemory.SHMEM)
          .with("file_mapped", CgroupMemory.FILE_MAPPED)
          .with("file_dirty", CgroupMemory.FILE_DIRTY)
          .with("file_writeback", CgroupMemory.FILE_WRITEBACK)
          .with("inactive_file", CgroupMemory.INACTIVE_FILE);

  private static final KeyedValues<TupleField<Long>> V2_EVENTS =
      KeyedValues.<TupleField<Long>>none()
          .with("low", CgroupMemory.EVENTS_LOW)
          .with("high", CgroupMemory.EVENTS_HIGH)
          .with("max", CgroupMemory.EVENTS_MAX)
          .with("oom", CgroupMemory.EVENTS_OOM)
          .with("oom_kill", CgroupMemory.EVENTS_OOM_KILL);

  /** memory.stat's total_* lines count the whole subtree, as v2's files do. */
  private static final KeyedValues<TupleField<Long>> V1_STAT =
      KeyedValues.<TupleField<Long>>none()
          .with("total_rss", CgroupMemory.ANON)
          .with("total_cache", CgroupMemory.FILE)
          .with("total_shmem", CgroupMemory.SHMEM)
          .with("total_mapped_file", CgroupMemory.FILE_MAPPED)
          .with("total_dirty", CgroupMemory.FILE_DIRTY)
          .with("total_writeback", CgroupMemory.FILE_WRITEBACK)
          .with("total_inactive_file", CgroupMemory.INACTIVE_FILE);

  private static final KeyedValues<TupleField<Long>> V1_OOM_CONTROL =
      KeyedValues.<TupleField<Long>>none().with("oom_kill", CgroupMemory.EVENTS_OOM_KILL);

  private MemoryController() {}

  static @Nullable CgroupMemory read(CgroupLocation where) {
    CgroupDir v1 = where.v1("memory");
    if (v1 != null) {
      return readV1(v1);
    }
    CgroupDir v2 = where.unified();
    return v2 == null ? null : readV2(v2);
  }

  private static CgroupMemory readV2(CgroupDir dir) {
    Map<TupleField<Long>, Long> read = new HashMap<>();
    CgroupFiles.readInto(dir, "memory.stat", V2_STAT, read);
    CgroupFiles.readInto(dir, "memory.events", V2_EVENTS, read);
    read.put(CgroupMemory.MAX, CpuController.present(limit(dir, "memory.max")));
    read.put(CgroupMemory.HIGH, CpuController.present(limit(dir, "memory.high")));
    read.put(CgroupMemory.LOW, CpuController.present(limit(dir, "memory.low")));
    read.put(CgroupMemory.CURRENT, CpuController.present(limit(dir, "memory.current")));
    read.put(CgroupMemory.PEAK, CpuController.present(limit(dir, "memory.peak")));
    read.put(CgroupMemory.SWAP_MAX, CpuController.present(limit(dir, "memory.swap.max")));
    read.put(CgroupMemory.SWAP_CURRENT, CpuController.present(limit(dir, "memory.swap.current")));
    return CgroupMemory.of(read);
  }

  private static CgroupMemory readV1(CgroupDir dir) {
    Map<TupleField<Long>, Long> read = new HashMap<>();
    CgroupFiles.readInto(dir, "memory.stat", V1_STAT, read);
    CgroupFiles.readInto(dir, "memory.oom_control", V1_OOM_CONTROL, read);
    Long max = v1Limit(dir, "memory.limit_in_bytes");
    Long memsw = v1Limit(dir, "memory.memsw.limit_in_bytes");
    Long usage = v1Value(dir, "memory.usage_in_bytes");
    Long memswUsage = v1Value(dir, "memory.memsw.usage_in_bytes");
    Long swapMax = memsw == null ? null : memsw - (max == null ? 0 : Math.min(max, memsw));
    Long swapCurrent = memswUsage != null && usage != null ? Math.max(0, memswUsage - usage) : null;
    read.put(CgroupMemory.MAX, max);
    read.put(CgroupMemory.CURRENT, usage);
    read.put(CgroupMemory.PEAK, v1Value(dir, "memory.max_usage_in_bytes"));
    read.put(CgroupMemory.SWAP_MAX, swapMax);
    read.put(CgroupMemory.SWAP_CURRENT, swapCurrent);
    read.put(CgroupMemory.KERNEL, v1Value(dir, "memory.kmem.usage_in_bytes"));
    read.put(CgroupMemory.EVENTS_MAX, v1Value(dir, "memory.failcnt"));
    return CgroupMemory.of(read);
  }

  private static @Nullable OptionalLong limit(CgroupDir dir, String name) {
    return CgroupFiles.readOrNull(dir, name, SingleValue::parse);
  }

  private static @Nullable Long v1Value(CgroupDir dir, String name) {
    return CpuController.present(limit(dir, name));
  }

  private static @Nullable Long v1Limit(CgroupDir dir, String name) {
    Long value = v1Value(dir, name);
    return value == null || value < 0 || value >= V1_UNLIMITED ? null : value;
  }
}

package io.psutil4j.linux.cgroup;

import io.psutil4j.CgroupMemory;
import io.psutil4j.CgroupMemory.Field;
import java.util.EnumMap;
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
  static final KeyedValues<Field> V2_STAT =
      KeyedValues.<Field>none()
          .with("anon", Field.ANON)
          .with("file", Field.FILE)
          .with("kernel", Field.KERNEL)
          .with("kernel_stack", Field.KERNEL_STACK)
          .with("slab", Field.SLAB)
          .with("sock", Field.SOCK)
          .with("shmem", Field.SHMEM)
          .with("file_mapped", Field.FILE_MAPPED)
          .with("file_dirty", Field.FILE_DIRTY)
          .with("file_writeback", Field.FILE_WRITEBACK)
          .with("inactive_file", Field.INACTIVE_FILE);

  private static final KeyedValues<Field> V2_EVENTS =
      KeyedValues.<Field>none()
          .with("low", Field.EVENTS_LOW)
          .with("high", Field.EVENTS_HIGH)
          .with("max", Field.EVENTS_MAX)
          .with("oom", Field.EVENTS_OOM)
          .with("oom_kill", Field.EVENTS_OOM_KILL);

  /** memory.stat's total_* lines count the whole subtree, as v2's files do. */
  private static final KeyedValues<Field> V1_STAT =
      KeyedValues.<Field>none()
          .with("total_rss", Field.ANON)
          .with("total_cache", Field.FILE)
          .with("total_shmem", Field.SHMEM)
          .with("total_mapped_file", Field.FILE_MAPPED)
          .with("total_dirty", Field.FILE_DIRTY)
          .with("total_writeback", Field.FILE_WRITEBACK)
          .with("total_inactive_file", Field.INACTIVE_FILE);

  private static final KeyedValues<Field> V1_OOM_CONTROL =
      KeyedValues.<Field>none().with("oom_kill", Field.EVENTS_OOM_KILL);

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
    Map<Field, Long> read = new EnumMap<>(Field.class);
    CgroupFiles.readInto(dir, "memory.stat", V2_STAT, read);
    CgroupFiles.readInto(dir, "memory.events", V2_EVENTS, read);
    read.put(Field.MAX, CpuController.present(limit(dir, "memory.max")));
    read.put(Field.HIGH, CpuController.present(limit(dir, "memory.high")));
    read.put(Field.LOW, CpuController.present(limit(dir, "memory.low")));
    read.put(Field.CURRENT, CpuController.present(limit(dir, "memory.current")));
    read.put(Field.PEAK, CpuController.present(limit(dir, "memory.peak")));
    read.put(Field.SWAP_MAX, CpuController.present(limit(dir, "memory.swap.max")));
    read.put(Field.SWAP_CURRENT, CpuController.present(limit(dir, "memory.swap.current")));
    return CgroupMemory.of(read);
  }

  private static CgroupMemory readV1(CgroupDir dir) {
    Map<Field, Long> read = new EnumMap<>(Field.class);
    CgroupFiles.readInto(dir, "memory.stat", V1_STAT, read);
    CgroupFiles.readInto(dir, "memory.oom_control", V1_OOM_CONTROL, read);
    Long max = v1Limit(dir, "memory.limit_in_bytes");
    Long memsw = v1Limit(dir, "memory.memsw.limit_in_bytes");
    Long usage = v1Value(dir, "memory.usage_in_bytes");
    Long memswUsage = v1Value(dir, "memory.memsw.usage_in_bytes");
    Long swapMax = memsw == null ? null : memsw - (max == null ? 0 : Math.min(max, memsw));
    Long swapCurrent = memswUsage != null && usage != null ? Math.max(0, memswUsage - usage) : null;
    read.put(Field.MAX, max);
    read.put(Field.CURRENT, usage);
    read.put(Field.PEAK, v1Value(dir, "memory.max_usage_in_bytes"));
    read.put(Field.SWAP_MAX, swapMax);
    read.put(Field.SWAP_CURRENT, swapCurrent);
    read.put(Field.KERNEL, v1Value(dir, "memory.kmem.usage_in_bytes"));
    read.put(Field.EVENTS_MAX, v1Value(dir, "memory.failcnt"));
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

package io.psutil4j.linux.cgroup;

import io.psutil4j.CgroupMemory;
import io.psutil4j.linux.parse.cgroup.KeyedValues;
import io.psutil4j.linux.parse.cgroup.SingleValue;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.OptionalLong;

/** Reads a group's memory limits, usage, memory.stat breakdown and events from v1 or v2 files. */
final class MemoryController {
  /**
   * v1 says "no limit" as PAGE_COUNTER_MAX pages, LONG_MAX rounded down to the page size
   * (9223372036854771712 with 4 KiB pages); anything this close to LONG_MAX is that, for any page
   * size up to 16 MiB.
   */
  static final long V1_UNLIMITED = 0x7FFF_FFFF_FF00_0000L;

  private MemoryController() {}

  static CgroupMemory read(CgroupLocation where) {
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
    return CgroupMemory.builder()
        .max(CpuController.present(limit(dir, "memory.max")))
        .high(CpuController.present(limit(dir, "memory.high")))
        .low(CpuController.present(limit(dir, "memory.low")))
        .current(CpuController.present(limit(dir, "memory.current")))
        .peak(CpuController.present(limit(dir, "memory.peak")))
        .swapMax(CpuController.present(limit(dir, "memory.swap.max")))
        .swapCurrent(CpuController.present(limit(dir, "memory.swap.current")))
        .anon(stat.get("anon"))
        .file(stat.get("file"))
        .kernel(stat.get("kernel"))
        .kernelStack(stat.get("kernel_stack"))
        .slab(stat.get("slab"))
        .sock(stat.get("sock"))
        .shmem(stat.get("shmem"))
        .fileMapped(stat.get("file_mapped"))
        .fileDirty(stat.get("file_dirty"))
        .fileWriteback(stat.get("file_writeback"))
        .inactiveFile(stat.get("inactive_file"))
        .eventsLow(events.get("low"))
        .eventsHigh(events.get("high"))
        .eventsMax(events.get("max"))
        .eventsOom(events.get("oom"))
        .eventsOomKill(events.get("oom_kill"))
        .build();
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
    return CgroupMemory.builder()
        .max(max)
        .current(usage)
        .peak(v1Value(dir, "memory.max_usage_in_bytes"))
        .swapMax(swapMax)
        .swapCurrent(swapCurrent)
        .anon(stat.get("total_rss"))
        .file(stat.get("total_cache"))
        .kernel(v1Value(dir, "memory.kmem.usage_in_bytes"))
        .shmem(stat.get("total_shmem"))
        .fileMapped(stat.get("total_mapped_file"))
        .fileDirty(stat.get("total_dirty"))
        .fileWriteback(stat.get("total_writeback"))
        .inactiveFile(stat.get("total_inactive_file"))
        .eventsMax(v1Value(dir, "memory.failcnt"))
        .eventsOomKill(oomControl.get("oom_kill"))
        .build();
  }

  private static OptionalLong limit(Path dir, String name) {
    return CgroupFiles.readOrNull(dir, name, SingleValue::parse);
  }

  private static Long v1Value(Path dir, String name) {
    return CpuController.present(limit(dir, name));
  }

  private static Long v1Limit(Path dir, String name) {
    Long value = v1Value(dir, name);
    return value == null || value < 0 || value >= V1_UNLIMITED ? null : value;
  }

  private static Map<String, Long> keyed(Path dir, String name) {
    Map<String, Long> values = CgroupFiles.readOrNull(dir, name, KeyedValues::parse);
    return values == null ? Collections.<String, Long>emptyMap() : values;
  }
}

package io.psutil4j.linux;

import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryInfo;
import io.psutil4j.MemoryInfoEx;
import io.psutil4j.MemoryMap;
import io.psutil4j.linux.PidStatus.Key;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A process's memory: statm, the status memory lines, smaps_rollup and smaps. */
final class LinuxProcessMemory {
  private final PidDir dir;
  private final KernelConstants constants;

  LinuxProcessMemory(PidDir dir, KernelConstants constants) {
    this.dir = dir;
    this.constants = constants;
  }

  MemoryInfo memoryInfo() {
    Statm m = dir.get(PidDir.STATM);
    return m.memoryInfo(constants.pageSize());
  }

  /** statm plus status; a line the kernel lacks reads as 0, as in psutil. */
  MemoryInfoEx memoryInfoEx() {
    MemoryInfo base = memoryInfo();
    PidStatus s = dir.get(PidDir.STATUS);
    return MemoryInfoEx.of(
        base,
        s.get(Key.VM_HWM),
        s.get(Key.VM_PEAK),
        s.get(Key.RSS_ANON),
        s.get(Key.RSS_FILE),
        s.get(Key.RSS_SHMEM),
        s.get(Key.VM_SWAP),
        s.get(Key.HUGETLB_PAGES));
  }

  /**
   * smaps_rollup (4.14+, much cheaper) or, when it is missing or the kernel refuses it with
   * ENOENT/ESRCH (psutil #2284; a zombie has no mm), smaps summed.
   */
  MemoryFootprint footprint() {
    Smaps totals;
    try {
      totals = KernelFiles.read(dir.resolve("smaps_rollup"), Smaps::parse);
    } catch (IOException e) {
      if (!ProcessErrors.isGoneError(e)) {
        throw dir.translate(e);
      }
      totals = dir.get(PidDir.SMAPS); // empty for a zombie or a kernel thread: zeros, as psutil
    }
    return totals.footprint();
  }

  List<MemoryMap> maps(boolean grouped) {
    Smaps smaps = nonEmptySmaps();
    if (!grouped) {
      List<MemoryMap> out = new ArrayList<>(smaps.mappings().size());
      for (MemoryMap m : smaps.mappings()) {
        String path = path(m);
        String addr = m.addr();
        String perms = m.perms();
        // most paths need no fixing: keep the parsed value rather than copy it; a parsed mapping
        // has its address and permissions (only a grouped entry lacks them)
        if (path.equals(m.path()) || addr == null || perms == null) {
          out.add(m);
        } else {
          out.add(MemoryMap.mapping(addr, perms, path, m.toArray()));
        }
      }
      return Collections.unmodifiableList(out);
    }
    Map<String, long[]> byPath = new LinkedHashMap<>();
    for (MemoryMap m : smaps.mappings()) {
      long[] sum = byPath.computeIfAbsent(path(m), k -> new long[MemoryMap.FIELDS.size()]);
      long[] v = m.toArray();
      for (int i = 0; i < v.length; i++) {
        sum[i] += v[i];
      }
    }
    List<MemoryMap> out = new ArrayList<>(byPath.size());
    for (Map.Entry<String, long[]> e : byPath.entrySet()) {
      out.add(MemoryMap.grouped(e.getKey(), e.getValue()));
    }
    return Collections.unmodifiableList(out);
  }

  /** An empty smaps is a zombie (ZombieProcess) or a kernel thread (nothing mapped). */
  private Smaps nonEmptySmaps() {
    Smaps smaps = dir.get(PidDir.SMAPS);
    if (smaps.mappings().isEmpty()) {
      dir.requireNotZombie(dir.get(PidDir.STAT));
    }
    return smaps;
  }

  private static String path(MemoryMap m) {
    String path = m.path();
    return path.isEmpty() ? "[anon]" : LinuxProcessFiles.undeleted(path);
  }
}

package io.psutil4j.linux;

import io.psutil4j.MemoryFootprint;
import io.psutil4j.MemoryInfo;
import io.psutil4j.MemoryInfoEx;
import io.psutil4j.MemoryMap;
import io.psutil4j.ZombieProcess;
import io.psutil4j.linux.parse.PidStat;
import io.psutil4j.linux.parse.PidStatus;
import io.psutil4j.linux.parse.PidStatus.Key;
import io.psutil4j.linux.parse.Smaps;
import io.psutil4j.linux.parse.Statm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A process's memory: statm, the status memory lines, smaps_rollup and smaps. */
final class LinuxProcessMemory {
  private static final String DELETED = " (deleted)";

  private final LinuxProcess p;

  LinuxProcessMemory(LinuxProcess p) {
    this.p = p;
  }

  MemoryInfo memoryInfo() {
    Statm m = p.statm();
    long page = p.platform().constants().pageSize();
    return MemoryInfo.of(
        m.resident() * page, m.size() * page, m.shared() * page, m.text() * page, m.data() * page);
  }

  /** statm plus status; a line the kernel lacks reads as 0, as in psutil. */
  MemoryInfoEx memoryInfoEx() {
    MemoryInfo base = memoryInfo();
    PidStatus s = p.statusFile();
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
      totals = KernelFiles.read(p.dir().resolve("smaps_rollup"), Smaps::parse);
    } catch (IOException e) {
      if (!ProcessErrors.isGoneError(e)) {
        throw p.translate(e);
      }
      totals = p.smaps(); // empty for a zombie or a kernel thread: zeros, as psutil
    }
    return MemoryFootprint.of(totals.uss(), totals.pss(), totals.swap());
  }

  List<MemoryMap> maps(boolean grouped) {
    Smaps smaps = nonEmptySmaps();
    if (!grouped) {
      List<MemoryMap> out = new ArrayList<>(smaps.mappings().size());
      for (Smaps.Mapping m : smaps.mappings()) {
        out.add(MemoryMap.mapping(m.addr(), m.perms(), path(m), m.values()));
      }
      return Collections.unmodifiableList(out);
    }
    Map<String, long[]> byPath = new LinkedHashMap<>();
    for (Smaps.Mapping m : smaps.mappings()) {
      long[] sum = byPath.computeIfAbsent(path(m), k -> new long[MemoryMap.FIELDS.length]);
      long[] v = m.values();
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
    Smaps smaps = p.smaps();
    if (smaps.mappings().isEmpty()) {
      PidStat st = p.stat();
      if (st.state() == 'Z') {
        throw new ZombieProcess(p.pid(), st.name(), st.ppid());
      }
    }
    return smaps;
  }

  private static String path(Smaps.Mapping m) {
    String path = m.path();
    if (path.isEmpty()) {
      return "[anon]";
    }
    if (path.endsWith(DELETED) && !exists(path)) {
      return path.substring(0, path.length() - DELETED.length());
    }
    return path;
  }

  private static boolean exists(String path) {
    try {
      return Files.exists(Paths.get(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}

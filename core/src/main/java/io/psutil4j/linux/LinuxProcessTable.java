package io.psutil4j.linux;

import io.psutil4j.AccessDenied;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * psutil's ppid_map: every process's parent (one stat read per process), for children() and pstree.
 * Cost is one directory listing plus one small read per process.
 */
final class LinuxProcessTable {
  private LinuxProcessTable() {}

  /** pid to ppid of every process; a process that vanishes meanwhile is left out. */
  static Map<Integer, Integer> ppidMap(Path procRoot) {
    int[] pids = new PidTable(procRoot).pids();
    Map<Integer, Integer> map = new HashMap<>(pids.length * 2);
    for (int pid : pids) {
      Path stat = procRoot.resolve(Integer.toString(pid)).resolve("stat");
      try {
        map.put(pid, KernelFiles.read(stat, PidStat::parse).ppid());
      } catch (IOException e) {
        if (ProcessErrors.isPermissionError(e)) {
          throw AccessDenied.of(pid, null, e);
        }
        // gone meanwhile: skipped, as psutil does
      }
    }
    return map;
  }
}

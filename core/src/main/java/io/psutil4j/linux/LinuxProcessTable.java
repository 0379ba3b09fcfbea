package io.psutil4j.linux;

import io.psutil4j.AccessDenied;
import io.psutil4j.linux.parse.PidStat;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Every process at once: the pid list (numeric entries of /proc, no TIDs) and psutil's ppid_map
 * (one stat read per process), for children(), process_iter and pstree. Cost is one directory
 * listing plus, for the map, one small read per process.
 */
final class LinuxProcessTable {
  private LinuxProcessTable() {}

  /** The pids in /proc, ascending. */
  static int[] pids(Path procRoot) {
    int[] pids = new int[256];
    int n = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(procRoot)) {
      for (Path e : entries) {
        int pid = parsePid(e.getFileName().toString());
        if (pid > 0) {
          if (n == pids.length) {
            pids = Arrays.copyOf(pids, n * 2);
          }
          pids[n++] = pid;
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    int[] out = Arrays.copyOf(pids, n);
    Arrays.sort(out);
    return out;
  }

  /** pid to ppid of every process; a process that vanishes meanwhile is left out. */
  static Map<Integer, Integer> ppidMap(Path procRoot) {
    int[] pids = pids(procRoot);
    Map<Integer, Integer> map = new HashMap<>(pids.length * 2);
    for (int pid : pids) {
      Path stat = procRoot.resolve(Integer.toString(pid)).resolve("stat");
      try {
        map.put(pid, KernelFiles.read(stat, PidStat::parse).ppid());
      } catch (IOException e) {
        if (ProcessErrors.isPermissionError(e)) {
          throw new AccessDenied(pid, null, e.getMessage());
        }
        // gone meanwhile: skipped, as psutil does
      }
    }
    return map;
  }

  private static int parsePid(String name) {
    if (name.isEmpty() || name.length() > 9) {
      return -1;
    }
    int pid = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      pid = pid * 10 + (c - '0');
    }
    return pid;
  }
}

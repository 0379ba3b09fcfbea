package io.psutil4j.linux;

import io.psutil4j.linux.nativeaccess.NativeError;
import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.linux.parse.ByteCursor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * psutil's {@code pids()} and {@code pid_exists()} from /proc alone. Listing /proc shows process
 * ids only (thread ids are reachable as /proc/TID but not listed); {@code pid_exists} tells a pid
 * from a tid by the {@code Tgid} line of /proc/PID/status, as psutil does after its kill(pid, 0).
 */
final class PidTable {
  private final Path procRoot;

  PidTable(Path procRoot) {
    this.procRoot = procRoot;
  }

  int[] pids() {
    int[] pids = listedNatively();
    if (pids == null) {
      pids = listedByName();
    }
    Arrays.sort(pids);
    return pids;
  }

  /**
   * getdents64 parses the names in place, where a Java listing makes a String per entry; null when
   * native access is not to be had quietly, or fails (the Java listing then answers, or names the
   * error).
   */
  private int @Nullable [] listedNatively() {
    if (procRoot.getFileSystem() != FileSystems.getDefault() || !NativeLinux.fastPathsQuiet()) {
      return null;
    }
    try {
      return NativeLinux.numericEntries(procRoot.toString());
    } catch (UnsupportedOperationException | NativeError e) {
      return null;
    }
  }

  private int[] listedByName() {
    String[] names;
    try {
      names = KernelFiles.entryNames(procRoot);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] pids = new int[names.length];
    int n = 0;
    for (String name : names) {
      int pid = parsePid(name);
      if (pid > 0) {
        pids[n++] = pid;
      }
    }
    return Arrays.copyOf(pids, n);
  }

  boolean exists(int pid) {
    try {
      PidStatus status =
          KernelFiles.read(
              procRoot.resolve(Integer.toString(pid)).resolve("status"), PidStatus::parse);
      return !status.has(PidStatus.Key.TGID) ? listed(pid) : status.get(PidStatus.Key.TGID) == pid;
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException | RuntimeException e) {
      // psutil's fallback when status cannot be read: is it listed?
      return listed(pid);
    }
  }

  private boolean listed(int pid) {
    return Arrays.binarySearch(pids(), pid) >= 0;
  }

  /** The pid named by a /proc entry, or -1 for a non-numeric name. */
  private static int parsePid(String name) {
    if (name.length() > 10) {
      return -1;
    }
    long v = ByteCursor.decimal(name);
    return v >= 0 && v <= Integer.MAX_VALUE ? (int) v : -1;
  }
}

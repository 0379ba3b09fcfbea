package io.psutil4j.linux;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * /proc/PID/fd listed and each link read once, so num_fds, open_files and net_connections of one
 * oneshot share a single pass. A link that cannot be read has no target: closed meanwhile or the
 * process went (vanished), denied, or not a path the kernel can give (EINVAL), which psutil skips.
 */
final class FdLinks {
  private final int[] fds;
  private final String[] targets;
  private final boolean vanished;
  private final boolean denied;

  private FdLinks(int[] fds, String[] targets, boolean vanished, boolean denied) {
    this.fds = fds;
    this.targets = targets;
    this.vanished = vanished;
    this.denied = denied;
  }

  /** Lists {@code fdDir}; an fd directory that cannot be listed is the caller's to translate. */
  static FdLinks read(Path fdDir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(fdDir)) {
      for (Path fd : dir) {
        entries.add(fd);
      }
    }
    int[] fds = new int[entries.size()];
    String[] targets = new String[entries.size()];
    boolean vanished = false;
    boolean denied = false;
    for (int i = 0; i < fds.length; i++) {
      Path fd = entries.get(i);
      fds[i] = parseFd(fd.getFileName().toString());
      try {
        targets[i] = Files.readSymbolicLink(fd).toString();
      } catch (IOException e) {
        vanished |= ProcessErrors.isGoneError(e);
        denied |= ProcessErrors.isPermissionError(e);
      }
    }
    return new FdLinks(fds, targets, vanished, denied);
  }

  private static int parseFd(String name) {
    try {
      return Integer.parseInt(name);
    } catch (NumberFormatException e) {
      return -1; // not an fd entry (never seen in /proc): its target is still listed
    }
  }

  /** Entries in the fd directory: psutil's num_fds. */
  int count() {
    return fds.length;
  }

  int fd(int i) {
    return fds[i];
  }

  /** The link's target, or null when it could not be read. */
  String target(int i) {
    return targets[i];
  }

  /** Some link was gone by the time it was read: the process may have exited. */
  boolean vanished() {
    return vanished;
  }

  /** Some link could not be read for lack of permission (psutil raises AccessDenied). */
  boolean denied() {
    return denied;
  }
}

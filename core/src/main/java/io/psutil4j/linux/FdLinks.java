package io.psutil4j.linux;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * /proc/PID/fd listed once, and its links read once when first needed, so num_fds, open_files and
 * net_connections of one oneshot share a single pass; num_fds alone (the Process MBean's read) only
 * lists. A link that cannot be read has no target: closed meanwhile or the process went (vanished),
 * denied, or not a path the kernel can give (EINVAL), which psutil skips.
 */
final class FdLinks {
  private final List<Path> entries;
  private String @Nullable [] targets;
  private boolean vanished;
  private boolean denied;

  private FdLinks(List<Path> entries) {
    this.entries = entries;
  }

  /** Lists {@code fdDir}; an fd directory that cannot be listed is the caller's to translate. */
  static FdLinks read(Path fdDir) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(fdDir)) {
      for (Path fd : dir) {
        entries.add(fd);
      }
    }
    return new FdLinks(entries);
  }

  /** Reads every link, the first time a target is asked for. */
  private synchronized String[] targets() {
    if (targets == null) {
      String[] read = new String[entries.size()];
      for (int i = 0; i < read.length; i++) {
        try {
          read[i] = Files.readSymbolicLink(entries.get(i)).toString();
        } catch (IOException e) {
          vanished |= ProcessErrors.isGoneError(e);
          denied |= ProcessErrors.isPermissionError(e);
        }
      }
      targets = read;
    }
    return targets;
  }

  /** Entries in the fd directory: psutil's num_fds. */
  int count() {
    return entries.size();
  }

  /** The fd number, -1 for an entry that is not one (never seen in /proc). */
  int fd(int i) {
    try {
      return Integer.parseInt(entries.get(i).getFileName().toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** The link's target, or null when it could not be read. */
  @Nullable String target(int i) {
    return targets()[i];
  }

  /** Some link was gone by the time it was read: the process may have exited. */
  synchronized boolean vanished() {
    targets();
    return vanished;
  }

  /** Some link could not be read for lack of permission (psutil raises AccessDenied). */
  synchronized boolean denied() {
    targets();
    return denied;
  }
}

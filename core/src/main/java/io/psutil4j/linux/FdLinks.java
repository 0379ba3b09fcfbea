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
  /** Reads one link: {@link Files#readSymbolicLink} but for tests. */
  interface LinkReader {
    Path read(Path link) throws IOException;
  }

  private final List<Path> entries;
  private final LinkReader reader;

  /**
   * The links as read, published whole: no lock is held across the kernel reads, so a reader never
   * waits for another reader's pass (two first readers may both read: either answer is a pass).
   */
  private volatile @Nullable Targets targets;

  private FdLinks(List<Path> entries, LinkReader reader) {
    this.entries = entries;
    this.reader = reader;
  }

  /** Lists {@code fdDir}; an fd directory that cannot be listed is the caller's to translate. */
  static FdLinks read(Path fdDir) throws IOException {
    return read(fdDir, Files::readSymbolicLink);
  }

  /** {@link #read(Path)} with the links read by {@code reader}. */
  static FdLinks read(Path fdDir, LinkReader reader) throws IOException {
    List<Path> entries = new ArrayList<>();
    try (DirectoryStream<Path> dir = Files.newDirectoryStream(fdDir)) {
      for (Path fd : dir) {
        entries.add(fd);
      }
    }
    return new FdLinks(entries, reader);
  }

  /** Reads every link, the first time a target is asked for. */
  private Targets targets() {
    Targets known = targets;
    if (known == null) {
      known = readAll();
      targets = known;
    }
    return known;
  }

  private Targets readAll() {
    String[] read = new String[entries.size()];
    boolean vanished = false;
    boolean denied = false;
    for (int i = 0; i < read.length; i++) {
      try {
        read[i] = reader.read(entries.get(i)).toString();
      } catch (IOException e) {
        vanished |= ProcessErrors.isGoneError(e);
        denied |= ProcessErrors.isPermissionError(e);
      }
    }
    return new Targets(read, vanished, denied);
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
    return targets().paths[i];
  }

  /** Some link was gone by the time it was read: the process may have exited. */
  boolean vanished() {
    return targets().vanished;
  }

  /** Some link could not be read for lack of permission (psutil raises AccessDenied). */
  boolean denied() {
    return targets().denied;
  }

  /** One pass over the links: each target (null when unreadable) and why some were not read. */
  private static final class Targets {
    final @Nullable String[] paths;
    final boolean vanished;
    final boolean denied;

    Targets(@Nullable String[] paths, boolean vanished, boolean denied) {
      this.paths = paths;
      this.vanished = vanished;
      this.denied = denied;
    }
  }
}

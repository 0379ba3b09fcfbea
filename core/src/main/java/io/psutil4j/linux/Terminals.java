package io.psutil4j.linux;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * tty_nr of /proc/PID/stat to a terminal path: the st_rdev of /dev/tty* and /dev/pts/*, mapped once
 * and kept; on a miss the map is rebuilt once (a new pty, psutil #2830), and a number still unknown
 * after that is not rescanned for again (a tty missing from a container's /dev). The kernel's
 * new_encode_dev and glibc's dev_t agree for majors below 4096, which every tty driver has.
 */
final class Terminals {
  private final Path dev;

  /** The last scan, published whole: readers never wait for another reader's scan of /dev. */
  private volatile @Nullable Map<Long, String> byDevice;

  /** Device numbers a rescan did not find: not rescanned for again, so misses stay cheap. */
  private final Set<Long> missing = new HashSet<>();

  Terminals(Path dev) {
    this.dev = dev;
  }

  /** The terminal's path, or null when no /dev node has this device number. */
  @Nullable String path(long ttyNr) {
    Map<Long, String> known = byDevice;
    if (known == null) {
      known = scan(); // two first readers may both scan: the same answer, no lock across it
      byDevice = known;
    }
    String path = known.get(ttyNr);
    if (path == null && firstMiss(ttyNr)) {
      known = scan();
      byDevice = known;
      path = known.get(ttyNr);
      if (path != null) {
        clearMisses(); // a new terminal appeared: the others may have too
      }
    }
    return path;
  }

  private synchronized boolean firstMiss(long ttyNr) {
    return missing.add(ttyNr);
  }

  private synchronized void clearMisses() {
    missing.clear();
  }

  private Map<Long, String> scan() {
    Map<Long, String> map = new HashMap<>();
    add(map, dev, "tty*");
    add(map, dev.resolve("pts"), "*");
    return map;
  }

  private static void add(Map<Long, String> map, Path dir, String glob) {
    try (DirectoryStream<Path> nodes = Files.newDirectoryStream(dir, glob)) {
      for (Path node : nodes) {
        try {
          Object rdev = Files.getAttribute(node, "unix:rdev");
          if (rdev instanceof Long && (Long) rdev != 0) {
            map.putIfAbsent((Long) rdev, node.toString());
          }
        } catch (IOException | UnsupportedOperationException e) {
          // a node that went away or a file system without unix attributes: skip it
        }
      }
    } catch (IOException e) {
      // no such directory (a minimal container): no terminals
    }
  }
}

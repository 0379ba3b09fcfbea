package io.psutil4j.linux.cgroup;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A located cgroup directory and the paths of the files read in it, each resolved once: a location
 * is kept across refreshes, and resolving a Path costs more than reading a small cgroup file's
 * bytes when the reader runs interpreted (the first few hundred refreshes).
 */
final class CgroupDir {
  private final Path path;
  private final ConcurrentMap<String, Path> files = new ConcurrentHashMap<>();

  CgroupDir(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  /** {@code name} in this directory. */
  Path file(String name) {
    Path file = files.get(name);
    if (file == null) {
      file = path.resolve(name);
      files.putIfAbsent(name, file);
    }
    return file;
  }

  @Override
  public String toString() {
    return path.toString();
  }
}

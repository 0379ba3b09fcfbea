package io.psutil4j.linux.cgroup;

import io.psutil4j.linux.KernelFiles;
import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * A located cgroup directory and the paths of the files read in it, each resolved once: a location
 * is kept across refreshes, and resolving a Path costs more than reading a small cgroup file's
 * bytes when the reader runs interpreted (the first few hundred refreshes).
 */
final class CgroupDir {
  private final Path path;
  private final ConcurrentMap<String, CgroupFile> files = new ConcurrentHashMap<>();

  CgroupDir(Path path) {
    this.path = path;
  }

  Path path() {
    return path;
  }

  /** {@code name} in this directory. */
  Path file(String name) {
    return resolved(name).path;
  }

  /** {@code name} in this directory, as a Path and the java.io File a read opens. */
  CgroupFile resolved(String name) {
    CgroupFile file = files.get(name);
    if (file == null) {
      Path resolved = path.resolve(name);
      file = new CgroupFile(resolved, KernelFiles.twin(resolved));
      files.putIfAbsent(name, file);
    }
    return file;
  }

  /** A file of the directory, resolved once. */
  static final class CgroupFile {
    final Path path;
    final @Nullable File file;

    private CgroupFile(Path path, @Nullable File file) {
      this.path = path;
      this.file = file;
    }
  }

  @Override
  public String toString() {
    return path.toString();
  }
}

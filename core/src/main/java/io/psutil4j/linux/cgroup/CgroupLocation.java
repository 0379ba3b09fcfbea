package io.psutil4j.linux.cgroup;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where a process's cgroup directories are: /proc/PID/cgroup names its group in each hierarchy
 * (relative to the reader's cgroup namespace), and the reader's own /proc/self/mountinfo tells
 * where each hierarchy is mounted and which group the mount shows at its mount point.
 */
final class CgroupLocation {
  /** The key of the unified (v2) hierarchy in {@link #paths()}. */
  static final String UNIFIED = "unified";

  // the paths as the last value read from here holds them: given back, they are not copied again
  private volatile Map<String, String> paths;
  private final Map<String, CgroupDir> v1Dirs;
  private final @Nullable CgroupDir unifiedDir;

  private final String version;

  private CgroupLocation(
      Map<String, String> paths, Map<String, CgroupDir> v1Dirs, @Nullable CgroupDir unifiedDir) {
    this.paths = paths;
    this.v1Dirs = v1Dirs;
    this.unifiedDir = unifiedDir;
    this.version = versionOf(v1Dirs, unifiedDir);
  }

  /**
   * @param sysRoot where mount points under /sys are found (the live /sys, or a fixture's)
   */
  static CgroupLocation of(
      List<ProcCgroup.Entry> membership, List<CgroupMounts.Mount> mounts, Path sysRoot) {
    Map<String, String> paths = new LinkedHashMap<>();
    Map<String, CgroupDir> v1Dirs = new LinkedHashMap<>();
    CgroupDir unifiedDir = null;
    for (ProcCgroup.Entry entry : membership) {
      if (entry.unified()) {
        paths.put(UNIFIED, entry.path());
        for (CgroupMounts.Mount m : mounts) {
          if (m.v2()) {
            unifiedDir = new CgroupDir(directory(m, entry.path(), sysRoot));
            break;
          }
        }
        continue;
      }
      for (String controller : entry.controllers()) {
        paths.put(controller, entry.path());
        for (CgroupMounts.Mount m : mounts) {
          if (!m.v2() && m.superOptions().contains(controller)) {
            v1Dirs.put(controller, new CgroupDir(directory(m, entry.path(), sysRoot)));
            break;
          }
        }
      }
    }
    return new CgroupLocation(
        Collections.unmodifiableMap(paths), Collections.unmodifiableMap(v1Dirs), unifiedDir);
  }

  /**
   * The directory of cgroup {@code path} under a mount showing group {@code root}. A container with
   * its own cgroup namespace sees root "/" and its own paths; one without (Docker on v1) sees the
   * container's group as the mount root and the same group as its path. A path outside the mount
   * ("/../x", another namespace's process) falls back to the mount point, the nearest group seen.
   */
  static Path directory(CgroupMounts.Mount m, String path, Path sysRoot) {
    String root = m.root();
    String relative;
    if (root.equals("/")) {
      relative = path;
    } else if (path.equals(root)) {
      relative = "/";
    } else if (path.startsWith(root + "/")) {
      relative = path.substring(root.length());
    } else {
      relative = "/";
    }
    if (relative.contains("/../") || relative.endsWith("/..")) {
      relative = "/";
    }
    return hostPath(m.mountPoint(), sysRoot).resolve(relative.substring(1));
  }

  private static Path hostPath(String mountPoint, Path sysRoot) {
    if (mountPoint.equals("/sys")) {
      return sysRoot;
    }
    if (mountPoint.startsWith("/sys/")) {
      return sysRoot.resolve(mountPoint.substring("/sys/".length()));
    }
    return Paths.get(mountPoint);
  }

  /** Controller (and {@link #UNIFIED}) to group path, as /proc/PID/cgroup gives them. */
  Map<String, String> paths() {
    return paths;
  }

  /**
   * {@code held}: the paths as a value read from here holds them, equal to {@link #paths()}; later
   * values are given those.
   */
  void pathsHeldAs(Map<String, String> held) {
    paths = held;
  }

  /** The v1 directory of {@code controller}, or null when it is not mounted as v1. */
  @Nullable CgroupDir v1(String controller) {
    return v1Dirs.get(controller);
  }

  /** The unified (v2) directory, or null when there is no cgroup2 mount or membership. */
  @Nullable CgroupDir unified() {
    return unifiedDir;
  }

  /** v2, v1 or hybrid (v1 controllers beside a v2 hierarchy). */
  String version() {
    return version;
  }

  private static String versionOf(Map<String, CgroupDir> v1Dirs, @Nullable CgroupDir unifiedDir) {
    boolean v1 = false;
    for (String controller : v1Dirs.keySet()) {
      if (!controller.startsWith("name=")) {
        v1 = true;
      }
    }
    if (v1 && unifiedDir != null) {
      return "hybrid";
    }
    return v1 ? "v1" : "v2";
  }
}

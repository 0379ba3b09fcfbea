package io.psutil4j.live;

import io.psutil4j.linux.cgroup.CgroupMounts;
import io.psutil4j.linux.cgroup.ProcCgroup;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * A throw-away child cgroup for the live tests, made under this JVM's own groups (so whatever
 * accounts for the test run keeps accounting for it): on cgroup v1 one directory in the cpu and one
 * in the memory hierarchy, on v2 one directory with both controllers. {@link #close()} moves any
 * process left back to the parent and removes the directories.
 */
public final class CgroupSandbox implements AutoCloseable {
  private final List<Path> dirs = new ArrayList<>();
  private final Path cpuDir;
  private final Path memoryDir;
  private final boolean v2;

  private CgroupSandbox(Path cpuDir, Path memoryDir, boolean v2) {
    this.cpuDir = cpuDir;
    this.memoryDir = memoryDir;
    this.v2 = v2;
  }

  /**
   * Creates the groups, or returns null with {@code why[0]} saying why this host cannot (not root,
   * no writable cpu and memory controller).
   */
  public static CgroupSandbox create(String name, String[] why) throws IOException {
    if (!Files.isWritable(Paths.get("/sys/fs/cgroup"))
        && !Files.isWritable(Paths.get("/sys/fs/cgroup/cgroup.procs"))) {
      why[0] = "/sys/fs/cgroup is not writable: creating a cgroup needs root";
      return null;
    }
    byte[] raw = Files.readAllBytes(Paths.get("/proc/self/cgroup"));
    List<ProcCgroup.Entry> self = ProcCgroup.parse("/proc/self/cgroup", raw, raw.length);
    raw = Files.readAllBytes(Paths.get("/proc/self/mountinfo"));
    List<CgroupMounts.Mount> mounts = CgroupMounts.parse("/proc/self/mountinfo", raw, raw.length);
    Path cpu = v1Parent(self, mounts, "cpu");
    Path memory = v1Parent(self, mounts, "memory");
    if (cpu != null && memory != null) {
      CgroupSandbox s = new CgroupSandbox(cpu.resolve(name), memory.resolve(name), false);
      try {
        s.mkdir(s.cpuDir);
        s.mkdir(s.memoryDir);
      } catch (IOException e) {
        s.close(); // the first directory must not outlive a failed second
        throw e;
      }
      return s;
    }
    for (ProcCgroup.Entry e : self) {
      for (CgroupMounts.Mount m : mounts) {
        if (e.unified() && m.v2() && m.root().equals("/")) {
          Path parent = Paths.get(m.mountPoint() + e.path());
          String enabled = read(parent.resolve("cgroup.subtree_control"));
          if (!delegates(enabled)) {
            // our own group keeps processes, so it may not delegate (no internal processes);
            // the hierarchy's root may, and root can switch cpu and memory on there
            parent = Paths.get(m.mountPoint());
            enabled = enableCpuAndMemory(parent);
          }
          if (!delegates(enabled)) {
            why[0] =
                "no v1 cpu and memory hierarchy, and "
                    + parent
                    + " does not delegate cpu and memory (cgroup.subtree_control: '"
                    + enabled
                    + "')";
            return null;
          }
          CgroupSandbox s = new CgroupSandbox(parent.resolve(name), parent.resolve(name), true);
          s.mkdir(s.cpuDir);
          return s;
        }
      }
    }
    why[0] = "neither v1 cpu and memory hierarchies nor a cgroup2 mount of our own group: " + self;
    return null;
  }

  private static boolean delegates(String subtreeControl) {
    List<String> enabled = List.of(subtreeControl.trim().split("\\s+"));
    return enabled.contains("cpu") && enabled.contains("memory");
  }

  /** Writes +cpu +memory to the group's subtree_control; returns what it says afterwards. */
  private static String enableCpuAndMemory(Path group) throws IOException {
    Path control = group.resolve("cgroup.subtree_control");
    try {
      write(control, "+cpu +memory");
    } catch (IOException refused) {
      // not allowed here (a namespace root with processes, a read-only mount): the caller says why
    }
    return read(control);
  }

  private static Path v1Parent(
      List<ProcCgroup.Entry> self, List<CgroupMounts.Mount> mounts, String controller) {
    for (ProcCgroup.Entry e : self) {
      if (e.controllers().contains(controller)) {
        for (CgroupMounts.Mount m : mounts) {
          if (!m.v2() && m.superOptions().contains(controller) && m.root().equals("/")) {
            return Paths.get(m.mountPoint() + e.path());
          }
        }
      }
    }
    return null;
  }

  private void mkdir(Path dir) throws IOException {
    Files.createDirectory(dir);
    dirs.add(dir);
  }

  public boolean v2() {
    return v2;
  }

  /** The group path as /proc/PID/cgroup shows it for the memory controller. */
  public Path memoryDir() {
    return memoryDir;
  }

  public Path cpuDir() {
    return cpuDir;
  }

  public void limitMemory(long bytes) throws IOException {
    write(memoryDir.resolve(v2 ? "memory.max" : "memory.limit_in_bytes"), Long.toString(bytes));
  }

  public void limitCpu(long quotaUsec, long periodUsec) throws IOException {
    if (v2) {
      write(cpuDir.resolve("cpu.max"), quotaUsec + " " + periodUsec);
    } else {
      write(cpuDir.resolve("cpu.cfs_period_us"), Long.toString(periodUsec));
      write(cpuDir.resolve("cpu.cfs_quota_us"), Long.toString(quotaUsec));
    }
  }

  /** Moves a whole process (every thread) into the group(s). */
  public void move(long pid) throws IOException {
    for (Path dir : dirs) {
      write(dir.resolve("cgroup.procs"), Long.toString(pid));
    }
  }

  @Override
  public void close() throws IOException {
    IOException failure = null;
    for (int i = dirs.size() - 1; i >= 0; i--) {
      Path dir = dirs.get(i);
      try {
        evacuate(dir);
        removeWithRetry(dir);
      } catch (IOException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
  }

  private static void evacuate(Path dir) throws IOException {
    String procs;
    try {
      procs = read(dir.resolve("cgroup.procs"));
    } catch (NoSuchFileException gone) {
      return;
    }
    for (String pid : procs.split("\n")) {
      if (!pid.isBlank()) {
        try {
          write(dir.getParent().resolve("cgroup.procs"), pid.trim());
        } catch (IOException exited) {
          // the process ended meanwhile: nothing to move
        }
      }
    }
  }

  /** rmdir fails with EBUSY while a just-killed task is still being torn down. */
  private static void removeWithRetry(Path dir) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        Files.deleteIfExists(dir);
        return;
      } catch (IOException busy) {
        if (attempt >= 50) {
          throw busy;
        }
        evacuate(dir);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw busy;
        }
      }
    }
  }

  public static String read(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim();
  }

  private static void write(Path file, String value) throws IOException {
    Files.write(file, value.getBytes(StandardCharsets.US_ASCII));
  }
}

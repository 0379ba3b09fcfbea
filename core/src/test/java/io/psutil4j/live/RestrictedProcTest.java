package io.psutil4j.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.AsNobody;
import io.psutil4j.Spawn;
import io.psutil4j.testutil.Tool;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A procfs instance mounted with hidepid (Linux 5.8+ mounts are independent instances, so the
 * host's /proc is untouched), read by a JVM running as nobody through {@code
 * LinuxPlatform.builder().procRoot(mount)}: what the kernel hides from nobody we do not list, and
 * what it refuses we report as psutil does (NoSuchProcess for a hidden pid, AccessDenied for a
 * visible but unreadable one) — never a made-up value.
 */
class RestrictedProcTest {
  @TempDir Path tmp;
  private final Spawn spawn = new Spawn();

  @AfterEach
  void cleanUp() {
    spawn.close();
  }

  /** The reader's lines over a procfs mounted with {@code option}, asking about {@code pids}. */
  private Map<String, String> readAsNobody(String option, int... pids) throws IOException {
    Path mount = Files.createDirectories(tmp.resolve("proc-" + option));
    mount.toFile().setExecutable(true, false);
    mount.toFile().setReadable(true, false);
    String out = Spawn.run("mount", "-t", "proc", "-o", option, "proc", mount.toString());
    assertEquals("", out.trim(), "mount failed");
    try {
      return reader(mount, pids);
    } finally {
      Spawn.run("umount", mount.toString());
    }
  }

  /** Runs the reader as nobody over {@code procRoot}; its lines keyed by "pids", "self", pid. */
  private Map<String, String> reader(Path procRoot, int... pids) {
    String[] args = new String[pids.length + 1];
    args[0] = procRoot.toString();
    for (int i = 0; i < pids.length; i++) {
      args[i + 1] = Integer.toString(pids[i]);
    }
    String lines = Spawn.run(AsNobody.java(tmp, RestrictedProcReaderMain.class.getName(), args));
    Map<String, String> result = new HashMap<>();
    for (String line : lines.split("\n")) {
      if (line.startsWith("pids ") || line.startsWith("self ")) {
        result.put(line.substring(0, 4), line.substring(5));
      } else if (line.startsWith("pid ")) {
        result.put(line.split(" ")[1], line.substring(line.indexOf(' ', 4) + 1));
      }
    }
    assertTrue(result.containsKey("self"), lines);
    return result;
  }

  @Test
  void unreadableFilesInAFixtureTreeAreAccessDeniedAndTheRestStillReads() throws IOException {
    Path source = Tool.fixture("process-capture-x86_64-6.18");
    Path root = tmp.resolve("fixture");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Path to = root.resolve(source.relativize(f).toString());
        Files.copy(f, to);
        String mode = Files.isDirectory(f) ? "rwxr-xr-x" : "rw-r--r--";
        Files.setPosixFilePermissions(to, PosixFilePermissions.fromString(mode));
      }
    }
    // root reads any file whatever its mode: nobody must be the reader for 000 to mean anything
    for (String file : List.of("environ", "smaps_rollup", "smaps")) {
      Path denied = root.resolve("proc/4242").resolve(file);
      Files.setPosixFilePermissions(denied, PosixFilePermissions.fromString("---------"));
    }
    Map<String, String> r = reader(root.resolve("proc"), 4242);
    assertEquals("name=OK cmdline=OK environ=AD footprint=AD", r.get("4242"), r.toString());
  }

  private static int uid(String pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
      if (line.startsWith("Uid:")) {
        return Integer.parseInt(line.split("\\s+")[1]);
      }
    }
    throw new IllegalStateException("no Uid: line for " + pid);
  }

  @Test
  void hidepid2ListsOnlyNobodysOwnProcessesAndOthersAreNoSuchProcess() throws IOException {
    int rootChild = spawn.sleeper().pid();
    Map<String, String> r = readAsNobody("hidepid=2", 1, rootChild);
    List<String> listed = List.of(r.get("pids").split(","));
    assertTrue(listed.contains(r.get("self")), "the reader sees itself: " + listed);
    for (String pid : listed) {
      // every pid we list is nobody's (or gone by now), as the kernel shows it to root
      if (Files.exists(Path.of("/proc", pid))) {
        assertEquals(65534, uid(pid), "pid " + pid + " listed to nobody under hidepid=2");
      }
    }
    assertEquals("name=NSP cmdline=NSP", r.get("1"), "init is hidden, so no such process");
    assertEquals("name=NSP cmdline=NSP", r.get(Integer.toString(rootChild)));
  }

  @Test
  void hidepid1ListsEveryPidButOthersFilesAreAccessDenied() throws IOException {
    int rootChild = spawn.sleeper().pid();
    Map<String, String> r = readAsNobody("hidepid=1", 1, rootChild);
    List<String> listed = List.of(r.get("pids").split(","));
    assertTrue(listed.contains("1") && listed.contains(Integer.toString(rootChild)), r.toString());
    // the kernel refuses /proc/PID/stat itself with EPERM: psutil raises AccessDenied
    assertEquals("name=AD cmdline=AD", r.get("1"));
    assertEquals("name=AD cmdline=AD", r.get(Integer.toString(rootChild)));
  }
}

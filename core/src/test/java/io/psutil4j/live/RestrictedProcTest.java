package io.psutil4j.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.AsNobody;
import io.psutil4j.Spawn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
      String[] args = new String[pids.length + 1];
      args[0] = mount.toString();
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
    } finally {
      Spawn.run("umount", mount.toString());
    }
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

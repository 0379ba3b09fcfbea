package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * AccessDenied for exactly what the kernel denies: a JVM running as nobody reads a root process;
 * for each attribute we ask the kernel (as nobody, with cat/ls/readlink/ionice) whether the file or
 * call it needs is allowed, and expect AccessDenied exactly when it is not.
 */
class AccessDeniedTest {
  private final Spawn spawn = new Spawn();

  @AfterEach
  void reap() {
    spawn.close();
  }

  /** What each attribute needs from the kernel, as a shell command on /proc/PID. */
  private static Map<String, String> needs() {
    Map<String, String> n = new LinkedHashMap<>();
    n.put("environ", "cat environ");
    n.put("io_counters", "cat io");
    n.put("num_fds", "ls fd");
    n.put("open_files", "ls fd");
    n.put("exe", "readlink -e exe");
    n.put("cwd", "readlink -e cwd");
    n.put("memory_footprint", "cat smaps_rollup");
    n.put("memory_maps", "cat smaps");
    n.put("cmdline", "cat cmdline");
    n.put("threads", "cat task/*/stat");
    n.put("name", "cat stat");
    n.put("status", "cat stat");
    n.put("uids", "cat status");
    n.put("memory_info", "cat statm");
    n.put("memory_info_ex", "cat status statm");
    n.put("ionice", "ionice -p $PID");
    // prlimit(2), as psutil: denied although /proc/PID/limits is world-readable
    n.put("rlimit", "prlimit --pid $PID --nofile");
    return n;
  }

  @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp;

  private static boolean kernelAllows(int pid, String command) {
    String script = "cd /proc/" + pid + " && PID=" + pid + " && " + command + " >/dev/null 2>&1";
    String[] cmd = AsNobody.command("sh", "-c", script + " && echo allowed || echo denied");
    return Spawn.run(cmd).trim().equals("allowed");
  }

  @Test
  void deniedExactlyWhereTheKernelDenies() {
    Process target = spawn.sleeper();
    String[] cmd =
        AsNobody.java(tmp, AsAnotherUserMain.class.getName(), Integer.toString(target.pid()));
    String out = Spawn.run(cmd);
    Map<String, String> ours = new HashMap<>();
    for (String line : out.split("\n")) {
      int eq = line.indexOf('=');
      // JDK 24+ prints its native-access warning (JNA loads in that JVM) into the same output
      if (eq > 0 && !line.startsWith("WARNING: ")) {
        ours.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    // psutil's AccessDenied(pid, name) message: the identity alone, no /proc path
    assertEquals("(pid=" + target.pid() + ", name='sleep')", ours.remove("denial"), out);
    assertEquals(Process.attrs().size() + 1, ours.size(), out); // + rlimit
    int denied = 0;
    for (Map.Entry<String, String> need : needs().entrySet()) {
      boolean allowed = kernelAllows(target.pid(), need.getValue());
      String expected = allowed ? "OK" : "AD";
      denied += allowed ? 0 : 1;
      assertEquals(expected, ours.get(need.getKey()), need.getKey() + " (" + need.getValue() + ")");
    }
    for (Map.Entry<String, String> e : ours.entrySet()) {
      assertTrue(e.getValue().equals("OK") || e.getValue().equals("AD"), e.toString());
    }
    assertTrue(denied > 0, "the kernel denied nothing to nobody: the test proves nothing");
  }
}

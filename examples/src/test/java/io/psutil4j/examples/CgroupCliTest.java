package io.psutil4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cgroup command and dump's cgroup and pressure keys, against this host's mounts and PSI. */
class CgroupCliTest {
  /** v2, v1 or hybrid, from the cgroup filesystems mounted here, as the kernel lists them. */
  private static String layoutFromMountinfo() throws Exception {
    boolean v1 = false;
    boolean v2 = false;
    for (String line :
        Files.readAllLines(Paths.get("/proc/self/mountinfo"), StandardCharsets.UTF_8)) {
      String[] after = line.split(" - ")[1].split(" ");
      if (after[0].equals("cgroup2")) {
        v2 = true;
      } else if (after[0].equals("cgroup") && !after[2].matches("(.*,)?name=[^,]*")) {
        v1 = true;
      }
    }
    return v1 && v2 ? "hybrid" : v1 ? "v1" : "v2";
  }

  @Test
  void cgroupPrintsTheLayoutTheMountsShowAndTheHostPressure() throws Exception {
    Cli cli = Cli.run("cgroup");
    assertEquals(0, cli.exitCode, cli.err);
    String[] lines = cli.out.split("\n");
    assertTrue(lines[0].startsWith("cgroup   " + layoutFromMountinfo() + " "), cli.out);
    if (Files.isReadable(Paths.get("/proc/pressure/cpu"))) {
      assertTrue(cli.out.contains("\n  host    cpu "), cli.out);
    }
    // a count and its limit, or n/a where the group has no pids.current (a root group)
    String pids = cli.out.lines().filter(l -> l.startsWith("pids ")).findFirst().get();
    boolean counted = io.psutil4j.Psutil.cgroup().pidsCurrent().isPresent();
    assertTrue(pids.matches(counted ? "pids {5}[0-9]+ of ([0-9]+|none)" : "pids {5}n/a"), pids);
  }

  @Test
  void aPidThatDoesNotExistIsOneLineAndExitOne() {
    Cli cli = Cli.run("cgroup", "--pid", "999999999");
    assertEquals(1, cli.exitCode, cli.out);
    assertTrue(cli.err.contains("no process with pid 999999999"), cli.err);
  }

  @Test
  void dumpCarriesCgroupAndPressure() throws Exception {
    Cli dump = Cli.run("dump");
    assertEquals(0, dump.exitCode, dump.err);
    for (String key :
        List.of(
            "\"cgroup\":{\"version\":\"" + layoutFromMountinfo() + "\",\"paths\":{",
            "\"quota_usec\":",
            "\"effective_cpus\":",
            "\"oom_kill\"".replace("oom_kill", "events_oom_kill"),
            "\"pressure\":{\"cpu\":")) {
      assertTrue(dump.out.contains(key), () -> "missing " + key + " in " + dump.out);
    }
  }
}

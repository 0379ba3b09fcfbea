package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Bad arguments to the public API: each raises the documented exception (psutil's ValueError as
 * IllegalArgumentException, a pid that names no process as NoSuchProcess, a null as
 * NullPointerException) and its message names the bad value. The process used is a child of ours,
 * so nothing else is touched.
 */
class BadArgumentsTest {
  private final Spawn spawn = new Spawn();
  private static int checks;

  @AfterEach
  void reap() {
    spawn.close();
  }

  @AfterAll
  static void summary() throws IOException {
    String line = "bad-arguments checks=" + checks;
    System.out.println(line);
    Path dir = Files.createDirectories(Paths.get("target/reliability"));
    Files.write(dir.resolve("bad-arguments.txt"), (line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private <T extends Throwable> void rejects(Class<T> type, String named, Executable call) {
    T e = assertThrows(type, call, "expected " + type.getSimpleName() + " naming " + named);
    assertTrue(
        String.valueOf(e.getMessage()).contains(named),
        "message should name '" + named + "': " + e.getMessage());
    checks++;
  }

  private static long pidMax() throws IOException {
    // cat, not Files.readString: the JDK reads a sysctl file short (see LinuxPlatform.pidMax)
    return Long.parseLong(Spawn.run("cat", "/proc/sys/kernel/pid_max").trim());
  }

  @Test
  void pidsOutsideTheRange() throws IOException {
    long beyond = pidMax() + 1;
    assertEquals(beyond - 1, Platforms.current().pidMax(), "pid_max as the kernel says it");
    Random random = new Random(8);
    for (int i = 0; i < 200; i++) {
      long negative = -1 - (random.nextLong() >>> 1);
      rejects(IllegalArgumentException.class, Long.toString(negative), () -> Process.of(negative));
      long huge = beyond + (random.nextLong() >>> 2);
      rejects(NoSuchProcess.class, Long.toString(huge), () -> Process.of(huge));
      assertFalse(Psutil.pidExists(huge));
      assertFalse(Psutil.pidExists(negative));
    }
    rejects(NoSuchProcess.class, Long.toString(beyond), () -> Process.of(beyond));
    NoSuchProcess tooBig = assertThrows(NoSuchProcess.class, () -> Process.of(1L << 31));
    assertEquals("process PID out of range (pid=2147483648)", tooBig.getMessage()); // psutil's str
    assertEquals(1L << 31, tooBig.pid(), "the pid asked for, as psutil's NoSuchProcess(pid)");
    rejects(IllegalArgumentException.class, "-1", () -> Process.of(-1));
  }

  @Test
  void negativeAndNanIntervalsAndTimeouts() {
    Process child = spawn.sleeper();
    for (double bad : new double[] {-1, -0.001, Double.NaN, Double.NEGATIVE_INFINITY}) {
      String shown = Double.toString(bad);
      rejects(IllegalArgumentException.class, shown, () -> Psutil.cpuPercent(bad));
      rejects(IllegalArgumentException.class, shown, () -> Psutil.cpuPercentPercpu(bad));
      rejects(IllegalArgumentException.class, shown, () -> Psutil.cpuTimesPercent(bad));
      rejects(IllegalArgumentException.class, shown, () -> child.cpuPercent(bad));
      rejects(IllegalArgumentException.class, shown, () -> child.waitFor(bad));
    }
  }

  @Test
  void unknownKindsNamesAndAttributes() {
    Process child = spawn.sleeper();
    for (String bad : List.of("bogus", "", "INET", "tcp ", "\u00e9")) {
      rejects(IllegalArgumentException.class, "'" + bad + "'", () -> Psutil.netConnections(bad));
      rejects(IllegalArgumentException.class, "'" + bad + "'", () -> child.netConnections(bad));
      rejects(IllegalArgumentException.class, "'" + bad + "'", () -> child.memoryPercent(bad));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> child.memoryPercent(bad));
      assertTrue(
          e.getMessage()
              .endsWith(
                  "valid types are ('rss', 'vms', 'shared', 'text', "
                      + "'data', 'peak_rss', 'peak_vms', 'rss_anon', 'rss_file', 'rss_shmem', 'swap', "
                      + "'hugetlb', 'uss', 'pss')"),
          e.getMessage());
      rejects(
          IllegalArgumentException.class,
          "'" + bad + "'",
          () -> Psutil.processIter(List.of("pid", bad), null));
      rejects(
          IllegalArgumentException.class, "'" + bad + "'", () -> child.asDict(List.of(bad), null));
    }
  }

  @Test
  void badSignalsAffinitiesAndLimits() {
    Process child = spawn.sleeper();
    for (int bad : new int[] {-1, 65, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      rejects(IllegalArgumentException.class, Integer.toString(bad), () -> child.sendSignal(bad));
    }
    for (int bad : new int[] {-1, 1 << 20, Integer.MAX_VALUE}) {
      rejects(
          IllegalArgumentException.class,
          Integer.toString(bad),
          () -> child.cpuAffinity(List.of(0, bad)));
    }
    rejects(
        IllegalArgumentException.class,
        "-2",
        () -> child.rlimit(ProcessRlimit.RLIMIT_NOFILE, -2, -2));
    rejects(
        IllegalArgumentException.class,
        "10",
        () -> child.rlimit(ProcessRlimit.RLIMIT_NOFILE, 10, 5));
    assertTrue(child.isRunning(), "no bad argument reached the child");
  }

  @Test
  void nullsAreRejectedNamingTheParameter() {
    Process child = spawn.sleeper();
    rejects(NullPointerException.class, "resource", () -> child.rlimit(null));
    // psutil's ValueError for kind=None
    rejects(IllegalArgumentException.class, "'null'", () -> Psutil.netConnections(null));
    rejects(IllegalArgumentException.class, "null", () -> child.memoryPercent(null));
    rejects(NullPointerException.class, "cpus", () -> child.cpuAffinity(null));
    rejects(NullPointerException.class, "path", () -> Psutil.diskUsage(null));
    rejects(UncheckedIOException.class, "/no/such/dir", () -> Psutil.diskUsage("/no/such/dir"));
  }
}

package io.psutil4j.live;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Process getters against /proc and ps for a child process this test starts and reaps. */
class LiveProcessTest {
  private java.lang.Process child;

  @BeforeEach
  void startChild() throws IOException {
    // A quiet process whose fds and threads do not move while we look at it.
    child = new ProcessBuilder("sleep", "60").start();
    // Until the JDK's spawn helper has exec'd sleep, the pid shows the helper and its extra fd.
    Path comm = Paths.get("/proc", Long.toString(child.pid()), "comm");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                new String(Files.readAllBytes(comm), StandardCharsets.UTF_8)
                    .trim()
                    .equals("sleep"));
  }

  @AfterEach
  void reapChild() throws InterruptedException {
    child.destroyForcibly();
    child.waitFor(10, TimeUnit.SECONDS);
  }

  @Test
  void numFdsIsTheEntryCountOfProcPidFd() throws IOException {
    Process p = Process.of(child.pid());
    assertEquals(Kernel.countEntries("/proc/" + child.pid() + "/fd"), p.numFds());
  }

  @Test
  void numThreadsIsTheEntryCountOfProcPidTask() throws IOException {
    Process self = Process.current();
    // The JVM's thread count moves (JIT, GC); the quiet child's does not.
    Process p = Process.of(child.pid());
    assertEquals(Kernel.countEntries("/proc/" + child.pid() + "/task"), p.numThreads());
    assertTrue(self.numThreads() > 1, "a JVM runs more than one thread");
  }

  @Test
  void identityFieldsAgreeWithPs() throws Exception {
    Process p = Process.of(child.pid());
    List<String> ps =
        Kernel.run("ps", "-o", "ppid=,comm=,rss=,vsz=", "-p", Long.toString(child.pid()));
    String[] cols = ps.get(0).trim().split("\\s+");
    assertEquals(Long.parseLong(cols[0]), p.ppid());
    assertEquals(ProcessHandle.current().pid(), p.ppid());
    assertEquals(cols[1], p.name());
    assertEquals(Long.parseLong(cols[2]) * 1024, p.memoryInfo().rss());
    assertEquals(Long.parseLong(cols[3]) * 1024, p.memoryInfo().vms());
    assertEquals(List.of("sleep", "60"), p.cmdline());
  }

  @Test
  void ctxSwitchesAreThoseOfProcPidStatus() throws IOException {
    Process p = Process.of(child.pid());
    // The child may be scheduled between two reads: compare only when the kernel's count held
    // still around ours.
    for (int attempt = 0; attempt < 20; attempt++) {
      long[] before = statusCtxSwitches(child.pid());
      io.psutil4j.CtxSwitches ours = p.numCtxSwitches();
      long[] after = statusCtxSwitches(child.pid());
      if (java.util.Arrays.equals(before, after)) {
        assertEquals(before[0], ours.voluntary());
        assertEquals(before[1], ours.involuntary());
        return;
      }
    }
    throw new AssertionError("the child's context switches never held still");
  }

  private static long[] statusCtxSwitches(long pid) throws IOException {
    long[] counts = new long[2];
    for (String line :
        Files.readAllLines(Paths.get("/proc/" + pid + "/status"), StandardCharsets.UTF_8)) {
      if (line.startsWith("voluntary_ctxt_switches:")) {
        counts[0] = Long.parseLong(line.split("\\s+")[1]);
      } else if (line.startsWith("nonvoluntary_ctxt_switches:")) {
        counts[1] = Long.parseLong(line.split("\\s+")[1]);
      }
    }
    return counts;
  }

  @Test
  void aPidThatDoesNotExistIsNoSuchProcessNamingIt() throws Exception {
    long pid = child.pid();
    child.destroyForcibly();
    child.waitFor(10, TimeUnit.SECONDS);
    NoSuchProcess e = assertThrows(NoSuchProcess.class, () -> Process.of(pid));
    assertEquals(pid, e.pid());
    assertTrue(e.getMessage().contains("pid=" + pid), e.getMessage());
  }

  @Test
  void aProcessThatEndsIsNoLongerRunningAndItsGettersRaiseNoSuchProcess() throws Exception {
    Process p = Process.of(child.pid());
    assertTrue(p.isRunning());
    child.destroyForcibly();
    child.waitFor(10, TimeUnit.SECONDS);
    assertFalse(p.isRunning());
    NoSuchProcess e = assertThrows(NoSuchProcess.class, p::memoryInfo);
    assertEquals(child.pid(), e.pid());
  }

  @Test
  void aNegativePidIsIllegalArgumentNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Process.of(-7));
    assertTrue(e.getMessage().contains("-7"), e.getMessage());
  }

  @Test
  void pidZeroAndPidsBeyondTheRangeAreNoSuchProcess() {
    assertThrows(NoSuchProcess.class, () -> Process.of(0));
    NoSuchProcess beyond = assertThrows(NoSuchProcess.class, () -> Process.of(1L << 40));
    assertTrue(beyond.getMessage().contains(Long.toString(1L << 40)), beyond.getMessage());
  }
}

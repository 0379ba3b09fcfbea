package io.psutil4j.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.ProcessStatus;
import io.psutil4j.Spawn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A pid really taken over by a new process: the old Process must refuse to act (psutil's
 * NoSuchProcess "PID has been reused") and must not touch the newcomer. The kernel hands out the
 * next pid after /proc/sys/kernel/ns_last_pid, which root may write.
 */
class PidReuseLiveTest {
  private static final Path LAST_PID = Paths.get("/proc/sys/kernel/ns_last_pid");
  private final Spawn spawn = new Spawn();

  @AfterEach
  void reap() {
    spawn.close();
  }

  @Test
  void theOldObjectRefusesToActOnTheProcessThatTookItsPid() throws Exception {
    assumeTrue(Files.isWritable(LAST_PID), "needs root to steer pid allocation (CI runs as root)");
    Process old = spawn.sleeper();
    int pid = old.pid();
    old.kill();
    assertTrue(reaped(pid), "the killed sleeper was not reaped");
    assertFalse(old.isRunning());

    Process newer = takePid(pid);
    assertEquals(pid, newer.pid());
    assertTrue(newer.isRunning());
    int newerNice = newer.nice(); // inherited: a build run under nice(1) starts above 0
    assertFalse(old.isRunning(), "same pid, later start time: not the same process");
    assertNotEquals(old, newer);

    for (Runnable act :
        new Runnable[] {
          old::ppid,
          old::parent,
          () -> old.children(false),
          () -> old.nice(5),
          old::suspend,
          old::resume,
          old::terminate,
          old::kill,
          () -> old.sendSignal(0)
        }) {
      NoSuchProcess e = assertThrows(NoSuchProcess.class, act::run);
      assertTrue(e.getMessage().contains("reused"), e.getMessage());
      assertEquals(Long.valueOf(pid), e.pid());
    }
    // none of that reached the newcomer: still running, not stopped, nice unchanged
    assertTrue(newer.isRunning());
    assertNotEquals(ProcessStatus.STATUS_STOPPED, newer.status());
    assertEquals(newerNice, newer.nice());
  }

  /** Waits until the pid has no process (its parent, this JVM, reaped it). */
  private static boolean reaped(int pid) throws InterruptedException {
    for (int i = 0; i < 100 && Files.exists(Paths.get("/proc", Integer.toString(pid))); i++) {
      TimeUnit.MILLISECONDS.sleep(50);
    }
    return !Files.exists(Paths.get("/proc", Integer.toString(pid)));
  }

  /** Starts sleepers until one is given {@code pid}; other processes may win the race for it. */
  private Process takePid(int pid) throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      Files.write(LAST_PID, Integer.toString(pid - 1).getBytes(StandardCharsets.US_ASCII));
      java.lang.Process child = spawn.start("sleep", "60");
      if (child.pid() == pid) {
        Process p = Process.of(pid);
        org.awaitility.Awaitility.await().until(() -> p.name().equals("sleep"));
        return p;
      }
      child.destroyForcibly();
    }
    throw new IllegalStateException("pid " + pid + " was taken by others 50 times in a row");
  }
}

package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Setters, signals and waits on real children, checked with the system's own tools. */
class ProcessControlTest {
  private final Spawn spawn = new Spawn();

  @AfterEach
  void reap() {
    spawn.close();
  }

  @Test
  void niceRoundTripsAndPsAgrees() {
    Process p = spawn.sleeper();
    p.nice(7);
    assertEquals(7, p.nice());
    assertEquals("7", Spawn.ps(p.pid(), "ni"));
  }

  @Test
  void ioniceRoundTripsAndIoniceToolAgrees() {
    Process p = spawn.sleeper();
    p.ionice(ProcessIOPriority.IOPRIO_CLASS_BE, 5);
    assertEquals(IoNice.of(ProcessIOPriority.IOPRIO_CLASS_BE, 5), p.ionice());
    assertEquals("best-effort: prio 5", Spawn.run("ionice", "-p", "" + p.pid()).trim());
    p.ionice(ProcessIOPriority.IOPRIO_CLASS_IDLE, 0);
    assertEquals(ProcessIOPriority.IOPRIO_CLASS_IDLE, p.ionice().ioclass());
    p.ionice(ProcessIOPriority.IOPRIO_CLASS_RT); // no value: psutil sets 0
    assertEquals(IoNice.of(ProcessIOPriority.IOPRIO_CLASS_RT, 0), p.ionice());
    assertEquals("realtime: prio 0", Spawn.run("ionice", "-p", "" + p.pid()).trim());
    assertThrows(
        IllegalArgumentException.class, () -> p.ionice(ProcessIOPriority.IOPRIO_CLASS_IDLE, 3));
    assertThrows(
        IllegalArgumentException.class, () -> p.ionice(ProcessIOPriority.IOPRIO_CLASS_BE, 8));
  }

  @Test
  void rlimitRoundTripsAndPrlimitAgrees() {
    Process p = spawn.sleeper();
    p.rlimit(ProcessRlimit.RLIMIT_NOFILE, 100, 200);
    assertEquals(ResourceLimit.of(100, 200), p.rlimit(ProcessRlimit.RLIMIT_NOFILE));
    assertEquals(
        "100 200",
        Spawn.run("prlimit", "--pid", "" + p.pid(), "--nofile", "-o", "SOFT,HARD", "--noheadings")
            .trim()
            .replaceAll("\\s+", " "));
    p.rlimit(ProcessRlimit.RLIMIT_CORE, ProcessRlimit.RLIM_INFINITY, ProcessRlimit.RLIM_INFINITY);
    assertEquals(ResourceLimit.of(-1, -1), p.rlimit(ProcessRlimit.RLIMIT_CORE));
  }

  @Test
  void cpuAffinityRoundTripsAndTasksetAgrees() {
    Process p = spawn.sleeper();
    List<Integer> all = p.cpuAffinity();
    p.cpuAffinity(List.of(all.get(0)));
    assertEquals(List.of(all.get(0)), p.cpuAffinity());
    assertTrue(Spawn.run("taskset", "-pc", "" + p.pid()).trim().endsWith(": " + all.get(0)));
    p.cpuAffinity(List.of()); // every eligible CPU: undoes the pinning
    assertEquals(all, p.cpuAffinity());
    String taskset = Spawn.run("taskset", "-pc", "" + p.pid()).trim().replaceAll(".*: ", "");
    List<Integer> listed = new ArrayList<>();
    for (String part : taskset.split(",")) {
      String[] range = part.split("-");
      for (int c = Integer.parseInt(range[0]);
          c <= Integer.parseInt(range[range.length - 1]);
          c++) {
        listed.add(c);
      }
    }
    assertEquals(listed, p.cpuAffinity());
    assertThrows(IllegalArgumentException.class, () -> p.cpuAffinity(List.of(-1)));
  }

  @Test
  void terminateAndWaitForANonChild() {
    Process p = spawn.sleeper();
    assertThrows(TimeoutExpired.class, () -> p.waitFor(0.05));
    p.terminate();
    assertTrue(p.waitFor(10).isEmpty()); // psutil: None for a process that is not our child
    assertFalse(p.isRunning());
    assertThrows(NoSuchProcess.class, p::kill);
  }

  @Test
  void popenGivesExitCodes() throws Exception {
    Popen ok = Popen.start("sh", "-c", "exit 3");
    assertEquals(3, ok.waitFor(10).getAsInt());
    assertEquals(3, ok.returncode().getAsInt());
    Popen sleeper = Popen.start("sleep", "60");
    try {
      assertTrue(sleeper.poll().isEmpty());
      assertEquals(Process.of(sleeper.pid()), sleeper); // a Popen is the child's Process
      assertThrows(TimeoutExpired.class, () -> sleeper.waitFor(0.05));
      assertEquals("sleep", sleeper.name());
      assertEquals(List.of("sleep", "60"), sleeper.cmdline());
      sleeper.terminate();
      assertEquals(-Signals.SIGTERM, sleeper.waitFor(10).getAsInt()); // psutil's -N for signal N
      assertEquals(-Signals.SIGTERM, sleeper.poll().getAsInt());
      String repr = sleeper.toString();
      assertTrue(
          repr.matches(
              "psutil\\.Popen\\(pid="
                  + sleeper.pid()
                  + ", name='sleep', status='terminated', exitcode=-15, started='[0-9:]+'\\)"),
          repr);
    } finally {
      sleeper.javaProcess().destroyForcibly();
    }
    // a signal from elsewhere: the pidfd keeps the wait status where the kernel is 6.15 or later
    // (this machine's, when JNA loads); elsewhere it cannot be told from exit(128 + N)
    Popen killedElsewhere = Popen.start("sleep", "60");
    assertEquals("", Spawn.run("kill", "-KILL", Integer.toString(killedElsewhere.pid())));
    int expected = kernelKeepsExitStatus() ? -Signals.SIGKILL : 128 + Signals.SIGKILL;
    assertEquals(expected, killedElsewhere.waitFor(10).getAsInt());
    Popen exits137 = Popen.start("sh", "-c", "exit 137");
    assertEquals(137, exits137.waitFor(10).getAsInt()); // a real exit(137) stays 137
    Popen exits143 = Popen.start("sh", "-c", "exit 143");
    assertEquals(143, exits143.waitFor(10).getAsInt());
  }

  /** PIDFD_INFO_EXIT came with Linux 6.15 (uname -r), and needs JNA's libc. */
  private static boolean kernelKeepsExitStatus() {
    String[] release = Spawn.run("uname", "-r").trim().split("[.-]");
    int major = Integer.parseInt(release[0]);
    int minor = Integer.parseInt(release[1]);
    return io.psutil4j.linux.nativeaccess.NativeLinux.available()
        && (major > 6 || major == 6 && minor >= 15);
  }

  @Test
  void waitStatusesAsPsutilReadsThem() {
    assertEquals(0, ProcessWaiter.fromWaitStatus(0, 0));
    assertEquals(3, ProcessWaiter.fromWaitStatus(3 << 8, 3));
    assertEquals(-9, ProcessWaiter.fromWaitStatus(9, 137));
    assertEquals(-15, ProcessWaiter.fromWaitStatus(15 | 0x80, 143)); // core dumped flag
  }

  @Test
  void popenCommunicatesAndClosesAsAResource() throws Exception {
    // more than a pipe holds (64 KiB) on both streams: read at once, or the child would block
    String script = "cat; head -c 200000 /dev/zero | tr '\\0' e >&2; exit 4";
    Popen.Communicated r;
    try (Popen p = Popen.start("sh", "-c", script)) {
      r = p.communicate("hello".getBytes(StandardCharsets.UTF_8), 10);
      assertEquals(4, p.returncode().getAsInt());
    }
    assertEquals("hello", new String(r.stdout(), StandardCharsets.UTF_8));
    assertEquals(200_000, r.stderr().length);
    assertEquals('e', r.stderr()[199_999]);
    assertEquals(4, r.returncode());
    try (Popen slow = Popen.start("sleep", "60")) {
      assertThrows(TimeoutExpired.class, () -> slow.communicate(null, 0.2));
      assertTrue(slow.isRunning()); // a timeout leaves the child running, as subprocess does
      slow.kill();
    }
    assertThrows(
        IllegalArgumentException.class,
        () -> Popen.start("true").communicate(null, -1)); // names the bad timeout
  }

  @Test
  void waitProcsSplitsGoneAndAliveAndCallsBack() {
    List<Process> procs = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      procs.add(spawn.sleeper());
    }
    procs.get(0).kill();
    procs.get(1).kill();
    List<Process> called = new ArrayList<>();
    WaitProcs r = Psutil.waitProcs(procs, 3.0, called::add);
    assertEquals(List.of(procs.get(0), procs.get(1)), sorted(r.gone()));
    assertEquals(List.of(procs.get(2)), r.alive());
    assertEquals(sorted(r.gone()), sorted(called));
    assertThrows(IllegalArgumentException.class, () -> Psutil.waitProcs(procs, -1.0, null));
  }

  private static List<Process> sorted(List<Process> in) {
    List<Process> out = new ArrayList<>(in);
    out.sort((a, b) -> Integer.compare(a.pid(), b.pid()));
    return out;
  }

  @Test
  void cpuPercentOfABusyChildIsItsCpuSecondsOverWallSeconds() throws InterruptedException {
    Process busy = Process.of(spawn.start("sh", "-c", "while :; do :; done").pid());
    assertEquals(0.0, busy.cpuPercent()); // the first non-blocking call
    ProcessCpuTimes before = busy.cpuTimes();
    long start = System.nanoTime();
    Thread.sleep(1000);
    double pct = busy.cpuPercent();
    ProcessCpuTimes after = busy.cpuTimes();
    double wall = (System.nanoTime() - start) / 1e9;
    double expected =
        (after.user() + after.system() - before.user() - before.system()) / wall * 100;
    // tolerance: a 10 ms tick and the few ms between our reads and cpuPercent's, over ~1 s
    assertEquals(expected, pct, 5.0);
    assertTrue(pct > 0 && pct <= 100 * Runtime.getRuntime().availableProcessors() + 5, "" + pct);
    assertTrue(busy.cpuPercent(0.2) >= 0);
    assertThrows(IllegalArgumentException.class, () -> busy.cpuPercent(-1));
  }
}

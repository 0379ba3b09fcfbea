package io.psutil4j;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Family and states: children and grandchildren, a zombie, a stopped process, another user. */
class ProcessTreeTest {
  private final Spawn spawn = new Spawn();

  @AfterEach
  void reap() {
    spawn.close();
  }

  private static Set<Integer> pids(List<Process> procs) {
    return procs.stream().map(Process::pid).collect(Collectors.toSet());
  }

  @Test
  void childrenAndGrandchildren() {
    // root sh -> {sleep, sh -> {sleep, sleep}}
    java.lang.Process root =
        spawn.start("sh", "-c", "sleep 60 & sh -c 'sleep 60 & sleep 60 & wait' & wait");
    Process p = Process.of(root.pid());
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                p.children(true).size() == 4
                    && p.children(true).stream().filter(c -> c.name().equals("sleep")).count()
                        == 3);
    List<Process> direct = p.children();
    assertEquals(2, direct.size());
    Set<Integer> expectedAll =
        root.descendants().map(h -> (int) h.pid()).collect(Collectors.toSet());
    assertEquals(expectedAll, pids(p.children(true)));
    Set<Integer> expectedDirect =
        root.children().map(h -> (int) h.pid()).collect(Collectors.toSet());
    assertEquals(expectedDirect, pids(direct));
    for (Process c : direct) {
      assertEquals(p, c.parent().orElseThrow());
      assertEquals(p.pid(), c.ppid());
    }
    Process grandchild =
        p.children(true).stream().filter(c -> !pids(direct).contains(c.pid())).findFirst().get();
    List<Process> parents = grandchild.parents();
    assertTrue(parents.contains(p));
    assertTrue(parents.contains(Process.current()));
    assertEquals(1, parents.get(parents.size() - 1).pid());
    assertTrue(Process.of(1).parent().isEmpty());
  }

  @Test
  void aZombie() {
    Process z = spawn.zombie();
    Process pp = Process.of(Integer.parseInt(Spawn.ps(z.pid(), "ppid"))); // as ps says
    assertEquals(ProcessStatus.STATUS_ZOMBIE, z.status());
    assertTrue(z.isRunning());
    assertTrue(Process.of(z.pid()).isRunning());
    assertEquals(pp.pid(), z.ppid());
    ZombieProcess e = assertThrows(ZombieProcess.class, z::cmdline);
    assertEquals(pp.pid(), e.ppid());
    assertThrows(ZombieProcess.class, z::exe);
    assertThrows(ZombieProcess.class, () -> z.memoryMaps(true));
    // a zombie has no memory left: psutil sums its empty smaps to zeros rather than raise
    MemoryFootprint footprint = z.memoryFootprint();
    assertEquals(List.of(0L, 0L, 0L), List.of(footprint.uss(), footprint.pss(), footprint.swap()));
    // prlimit still answers for a zombie (psutil returns its limits): inherited from its parent
    assertEquals(pp.rlimit(ProcessRlimit.RLIMIT_NOFILE), z.rlimit(ProcessRlimit.RLIMIT_NOFILE));
    Map<String, Object> d = z.asDict();
    assertEquals("zombie", d.get("status").toString());
    assertNull(d.get("cmdline"));
    z.sendSignal(0); // signals do nothing to a zombie, and raise nothing
    z.terminate();
    assertTrue(z.isRunning());
    assertTrue(Psutil.processIter().contains(z));
  }

  @Test
  void aStoppedProcessAndResume() {
    Process p = spawn.sleeper();
    p.suspend();
    await().atMost(Duration.ofSeconds(5)).until(() -> p.status() == ProcessStatus.STATUS_STOPPED);
    assertEquals("stopped", p.status().value());
    p.resume();
    await().atMost(Duration.ofSeconds(5)).until(() -> p.status() == ProcessStatus.STATUS_SLEEPING);
  }

  @Test
  void aProcessOfAnotherUser() {
    Process p = spawn.sleeper("setpriv", "--reuid=65534", "--regid=65534", "--clear-groups");
    assertEquals(65534, p.uids().real());
    assertEquals(65534, p.uids().effective());
    assertEquals(65534, p.gids().real());
    assertEquals(Spawn.ps(p.pid(), "user"), p.username());
    // root reads everything of it; the rest stays readable too
    assertEquals(List.of("sleep", "60"), p.cmdline());
    assertTrue(p.numFds() >= 0);
    assertTrue(p.memoryFootprint().uss() > 0);
  }

  @Test
  void anUnknownUidIsShownAsItsNumber() {
    Process p = spawn.sleeper("setpriv", "--reuid=4242424", "--regid=4242424", "--clear-groups");
    assertEquals("4242424", p.username());
  }

  @Test
  void pidsThatDoNotNameAProcess() {
    assertThrows(IllegalArgumentException.class, () -> Process.of(-1));
    assertThrows(NoSuchProcess.class, () -> Process.of(0));
    assertThrows(NoSuchProcess.class, () -> Process.of(1L << 40));
    assertEquals(0, Process.of(1).ppid());
    assertFalse(Process.of(1).parent().isPresent());
  }

  @Test
  void aThreadIdIsAcceptedAsAProcess() {
    Process self = Process.current();
    int tid =
        self.threads().stream()
            .mapToInt(ThreadTimes::id)
            .filter(t -> t != self.pid())
            .findFirst()
            .getAsInt();
    Process thread = Process.of(tid);
    // a thread's stat names the parent of its thread group
    assertEquals(self.ppid(), thread.ppid());
    assertTrue(thread.isRunning());
    assertFalse(Psutil.processIter().stream().anyMatch(p -> p.pid() == tid));
  }
}

package io.psutil4j;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** process_iter: ordering, the kept Process objects, the attrs prefetch, vanished processes. */
class ProcessIterTest {
  private final Spawn spawn = new Spawn();

  @TempDir Path tmp;

  @AfterEach
  void reap() {
    spawn.close();
  }

  @Test
  void sortedUniqueWithThisJvmAndTheSameObjectsNextTime() {
    List<Process> first = Psutil.processIter();
    for (int i = 1; i < first.size(); i++) {
      assertTrue(first.get(i - 1).pid() < first.get(i).pid());
    }
    Process self = Process.current();
    Process mine = first.stream().filter(self::equals).findFirst().orElseThrow();
    Process again = Psutil.processIter().stream().filter(self::equals).findFirst().orElseThrow();
    assertSame(mine, again);
  }

  @Test
  void prefetchedGettersAnswerWithoutTheKernel() {
    Process child = spawn.sleeper();
    Process cached =
        Psutil.processIter(List.of("name", "cmdline", "username"), "denied").stream()
            .filter(child::equals)
            .findFirst()
            .orElseThrow();
    assertEquals("sleep", cached.info().get("name"));
    child.kill();
    org.awaitility.Awaitility.await().until(() -> !child.isRunning());
    // gone from the kernel, still answered from the prefetch
    assertEquals("sleep", cached.name());
    assertEquals(List.of("sleep", "60"), cached.cmdline());
    assertThrows(NoSuchProcess.class, cached::numThreads); // not prefetched: reads, and fails
    assertThrows(IllegalArgumentException.class, () -> Psutil.processIter(List.of("nope"), null));
  }

  /**
   * psutil 8: a prefetched attribute that was denied answers ad_value from its getter. A zombie
   * denies cmdline and exe (ZombieProcess); its status still reads.
   */
  @Test
  void aDeniedPrefetchedAttributeAnswersAdValue() {
    Process zombie = spawn.zombie();
    assertThrows(ZombieProcess.class, zombie::cmdline); // what the kernel says, read directly
    Process cached = find(Psutil.processIter(List.of("cmdline", "exe", "nice"), "denied"), zombie);
    assertEquals("denied", cached.exe());
    assertEquals("denied", cached.info().get("cmdline"));
    // a List getter cannot return a String, an int getter cannot return null: the error again
    assertThrows(ZombieProcess.class, cached::cmdline);
    Process withNull = find(Psutil.processIter(List.of("cmdline", "exe")), zombie);
    assertNull(withNull.cmdline());
    assertNull(withNull.exe());
  }

  @Test
  void adValueGoesWhereTheGettersJavaTypeCanHoldIt() {
    assertTrue(ProcessAttribute.named("cmdline").canAnswer(null));
    assertFalse(ProcessAttribute.named("cmdline").canAnswer("denied"));
    assertTrue(ProcessAttribute.named("exe").canAnswer("denied"));
    assertFalse(ProcessAttribute.named("nice").canAnswer(null));
    assertTrue(ProcessAttribute.named("nice").canAnswer(-1));
    assertTrue(ProcessAttribute.named("cpu_percent").canAnswer(-1.0));
    assertFalse(ProcessAttribute.named("cpu_percent").canAnswer(-1));
  }

  private static Process find(List<Process> all, Process wanted) {
    return all.stream().filter(wanted::equals).findFirst().orElseThrow();
  }

  /**
   * The lazy form lists the pids when first asked (a process started after the call is seen, as
   * with psutil's generator), reads each when the stream reaches it, and skips one gone by then.
   */
  @Test
  void theStreamReadsLazilyAndSkipsWhatEndedBeforeItsTurn() {
    Process doomed = spawn.sleeper();
    Iterator<Process> walk = Psutil.processStream(List.of("name"), null).iterator();
    Process late = spawn.sleeper(); // started after the call, before the first read
    assertTrue(walk.hasNext()); // the pids are listed now
    doomed.kill();
    await().atMost(Duration.ofSeconds(10)).until(() -> !doomed.isRunning());
    List<Process> seen = new ArrayList<>();
    walk.forEachRemaining(seen::add);
    assertFalse(seen.contains(doomed)); // listed, gone before its turn: skipped
    assertEquals("sleep", find(seen, late).name());
    assertTrue(seen.contains(Process.current()));
    assertEquals(
        Process.current(),
        Psutil.processStream().filter(Process.current()::equals).findFirst().get());
    assertThrows(IllegalArgumentException.class, () -> Psutil.processStream(List.of("nope"), null));
  }

  @Test
  void aProcessThatVanishesIsSkippedNotThrown() throws IOException {
    Path proc = tmp.resolve("proc");
    Path src = Fixture.process().path("proc/4242");
    Files.createDirectories(proc.resolve("4242/fdinfo"));
    try (Stream<Path> files = Files.list(src)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          Files.copy(f, proc.resolve("4242").resolve(f.getFileName().toString()));
        }
      }
    }
    Files.copy(Fixture.process().path("proc/stat"), proc.resolve("stat"));
    Files.createDirectories(proc.resolve("4243")); // listed, but its files are gone
    LinuxPlatform platform =
        LinuxPlatform.builder()
            .procRoot(proc)
            .constants(KernelConstants.of(100, 4096))
            .warningStream(null)
            .build();
    ProcessIter iter = new ProcessIter(platform);
    List<Process> all = iter.iterate(List.of("name", "memory_info"), null);
    assertEquals(1, all.size());
    assertEquals(4242, all.get(0).pid());
    assertNotNull(all.get(0).info().get("memory_info"));
  }
}

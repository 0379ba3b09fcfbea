package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.linux.KernelConstants;
import io.psutil4j.linux.LinuxPlatform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Fixture;
import io.psutil4j.MemoryFullInfo;
import io.psutil4j.MemoryMap;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.Process;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.ProcessStatus;
import io.psutil4j.linux.parse.ParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A whole Process over the captured fixture tree: every getter that reads files gives what the
 * capture says; oneshot reads each file once; a pid whose start time changes is a reused pid.
 */
class FixtureProcessTest {
  private static final Fixture FX = Fixture.process();

  @TempDir Path tmp;

  /** A writable copy of the fixture scenario (the tests change files in it). */
  private Path copy() throws IOException {
    try (Stream<Path> files = Files.walk(FX.root())) {
      for (Path src : (Iterable<Path>) files::iterator) {
        Path dst = tmp.resolve(FX.root().relativize(src).toString());
        if (Files.isDirectory(src)) {
          Files.createDirectories(dst);
        } else {
          Files.copy(src, dst);
        }
      }
    }
    return tmp;
  }

  private static LinuxPlatform platform(Path root) {
    return LinuxPlatform.builder()
        .procRoot(root.resolve("proc"))
        .sysRoot(root.resolve("sys"))
        .constants(KernelConstants.of(100, 4096))
        .warningStream(null)
        .build();
  }

  @Test
  void gettersGiveWhatTheCaptureSays() {
    Process p = Process.of(platform(FX.root()), 4242);
    assertEquals("sleep", p.name());
    assertEquals(ProcessStatus.STATUS_SLEEPING, p.status());
    assertEquals(FX.expectLong("stat.ppid"), p.ppid());
    assertEquals(
        FX.expectLong("stat.starttime") / 100.0 + FX.expectLong("btime"), p.createTime(), 1e-6);
    assertEquals(FX.expectLong("stat.utime") / 100.0, p.cpuTimes().user(), 1e-9);
    assertEquals(FX.expectLong("stat.minflt"), p.pageFaults().minor());
    assertEquals(FX.expectLong("stat.nice"), p.nice());
    assertEquals(FX.expectLong("stat.processor"), p.cpuNum());
    assertFalse(p.terminal().isPresent());
    assertEquals(FX.expectLong("statm.resident") * 4096, p.memoryInfo().rss());
    assertEquals(FX.expectLong("status.peak_rss"), p.memoryInfoEx().peakRss());
    assertEquals(FX.expectLong("status.rss_anon"), p.memoryInfoEx().rssAnon());
    assertEquals(FX.expectLong("status.threads"), p.numThreads());
    assertEquals("root", p.username());
    assertEquals(0, p.uids().effective());
    assertEquals(Arrays.asList(0, 1), p.cpuAffinity());
    assertEquals(FX.expectLong("io.read_chars"), p.ioCounters().readChars());
    assertEquals(FX.expectLong("rollup.uss"), p.memoryFootprint().uss());
    assertEquals(FX.expectLong("rollup.pss"), p.memoryFootprint().pss());
    assertEquals(Arrays.asList(FX.expect("cmdline").split("\\|")), p.cmdline());
    Map<String, String> env = p.environ();
    for (String kv : FX.expect("environ").split("\\|")) {
      String[] parts = kv.split("=", 2);
      assertEquals(parts[1], env.get(parts[0]), kv);
    }
    assertEquals(
        List.of(8388608L, -1L),
        List.of(
            p.rlimit(ProcessRlimit.RLIMIT_STACK).soft(),
            p.rlimit(ProcessRlimit.RLIMIT_STACK).hard()));
    List<MemoryMap> grouped = p.memoryMaps();
    assertEquals(FX.expectLong("smaps.grouped.paths"), grouped.size());
    for (MemoryMap m : grouped) {
      String key = "smaps.grouped.rss." + m.path();
      if (Arrays.asList("/usr/bin/sleep", "[anon]", "[heap]").contains(m.path())) {
        assertEquals(FX.expectLong(key), m.rss(), m.path());
      }
    }
    assertEquals(FX.expectLong("smaps.mappings"), p.memoryMaps(false).size());
  }

  /**
   * memory_full_info is memory_info then memory_footprint; memory_percent("swap") reads smaps' Swap
   * as psutil does (pfootprint before pmem_ex), not status' VmSwap: the copy gives them different
   * values.
   */
  @Test
  @SuppressWarnings("deprecation")
  void memoryFullInfoAndSwapPercentFromSmaps() throws IOException {
    Path root = copy();
    Path pid = root.resolve("proc/4242");
    replace(pid.resolve("status"), "VmSwap:\t       0 kB", "VmSwap:\t      12 kB");
    replace(
        pid.resolve("smaps_rollup"),
        "\nSwap:                  0 kB",
        "\nSwap:                  4 kB");
    Files.copy(Fixture.of("host-x86_64-6x").path("proc/meminfo"), root.resolve("proc/meminfo"));
    Process p = Process.of(platform(root), 4242);
    MemoryFullInfo full = p.memoryFullInfo();
    Map<String, Object> expected = new LinkedHashMap<>(p.memoryInfo().asDict());
    expected.putAll(p.memoryFootprint().asDict());
    assertEquals(expected, full.asDict());
    assertEquals(4096, full.swap());
    assertEquals(12 * 1024, p.memoryInfoEx().swap());
    long total = Long.parseLong(Fixture.of("host-x86_64-6x").expect("virtual_memory.total"));
    assertEquals(4096 * 100.0 / total, p.memoryPercent("swap"), 1e-12);
    assertEquals(full, p.asDict(List.of("memory_full_info"), null).get("memory_full_info"));
    // deprecated: read only when asked for by name, as psutil 8's as_dict
    assertFalse(Process.attrs().contains("memory_full_info"));
  }

  private static void replace(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    assertTrue(text.contains(from), file + " lacks " + from);
    Files.writeString(file, text.replace(from, to));
  }

  @Test
  void withoutSmapsRollupTheFootprintComesFromSmaps() throws IOException {
    Path root = copy();
    Files.delete(root.resolve("proc/4242/smaps_rollup"));
    Process p = Process.of(platform(root), 4242);
    assertEquals(FX.expectLong("smaps.uss"), p.memoryFootprint().uss());
    assertEquals(FX.expectLong("smaps.pss"), p.memoryFootprint().pss());
  }

  @Test
  void insideOneshotNoFileIsReadTwice() throws IOException {
    Path root = copy();
    Process p = Process.of(platform(root), 4242);
    Path dir = root.resolve("proc/4242");
    Process.Oneshot scope = p.oneshot();
    try {
      // One getter of each oneshot group reads its file ...
      assertEquals("sleep", p.name());
      assertEquals(1, p.numThreads());
      assertEquals(FX.expectLong("statm.resident") * 4096, p.memoryInfo().rss());
      assertEquals(FX.expectLong("smaps.mappings"), p.memoryMaps(false).size());
      // ... then the files turn to garbage: every other getter of the group must not see it.
      assertEquals(List.of("sleep", "300"), p.cmdline());
      for (String f : new String[] {"stat", "status", "statm", "smaps", "cmdline"}) {
        Files.write(dir.resolve(f), "garbage".getBytes(StandardCharsets.US_ASCII));
      }
      assertEquals(ProcessStatus.STATUS_SLEEPING, p.status());
      assertEquals(FX.expectLong("stat.ppid"), p.ppid());
      assertEquals(FX.expectLong("stat.minflt"), p.pageFaults().minor());
      assertEquals(FX.expectLong("stat.processor"), p.cpuNum());
      assertEquals(0, p.uids().real());
      assertEquals(0, p.gids().real());
      assertEquals("root", p.username());
      assertEquals(FX.expectLong("status.peak_rss"), p.memoryInfoEx().peakRss());
      assertEquals(7, p.numCtxSwitches().voluntary() + p.numCtxSwitches().involuntary());
      assertEquals(FX.expectLong("smaps.grouped.paths"), p.memoryMaps().size());
      assertEquals(List.of("sleep", "300"), p.cmdline());
      assertTrue(p.asDict(List.of("name", "status", "uids", "memory_info_ex"), null).size() == 4);
    } finally {
      scope.close();
    }
    // Outside the scope every call reads afresh and meets the garbage.
    assertThrows(ParseException.class, p::status);
  }

  @Test
  void insideOneshotTheFdDirectoryIsListedAndItsLinksReadOnce() throws IOException {
    Path root = copy();
    Path fd = Files.createDirectories(root.resolve("proc/4242/fd"));
    Path log = Files.write(root.resolve("data.log"), new byte[] {1});
    Files.createSymbolicLink(fd.resolve("3"), log);
    Files.createSymbolicLink(fd.resolve("4"), Path.of("socket:[12345]"));
    Files.createSymbolicLink(fd.resolve("5"), Path.of("pipe:[678]"));
    Process p = Process.of(platform(root), 4242);
    Process.Oneshot scope = p.oneshot();
    try {
      assertEquals(3, p.numFds());
      // a new fd after num_fds: open_files answers from the same listing, without it
      Files.createSymbolicLink(fd.resolve("9"), log);
      Path fdinfo = root.resolve("proc/4242/fdinfo");
      Files.copy(fdinfo.resolve("3"), fdinfo.resolve("9"));
      List<io.psutil4j.OpenFile> files = p.openFiles();
      assertEquals(1, files.size());
      assertEquals(3, files.get(0).fd());
      assertEquals(log.toString(), files.get(0).path());
      // the links were read once: fd 3 closing now does not reach a second open_files
      Files.delete(fd.resolve("3"));
      assertEquals(files, p.openFiles());
    } finally {
      scope.close();
    }
    assertEquals(3, p.numFds()); // outside, afresh: 4, 5 and 9
    assertEquals(9, p.openFiles().get(0).fd());
  }

  @Test
  void aPidWhoseStartTimeChangesIsReused() throws IOException {
    Path root = copy();
    LinuxPlatform platform = platform(root);
    Process p = Process.of(platform, 4242);
    assertTrue(p.isRunning());
    assertEquals(p, Process.of(platform, 4242));
    Path stat = root.resolve("proc/4242/stat");
    String text = new String(Files.readAllBytes(stat), StandardCharsets.US_ASCII);
    String starttime = FX.expect("stat.starttime");
    Files.write(
        stat,
        text.replace(" " + starttime + " ", " " + (Long.parseLong(starttime) + 500) + " ")
            .getBytes(StandardCharsets.US_ASCII));
    Process newer = Process.of(platform, 4242);
    assertFalse(p.isRunning());
    assertNotEquals(p, newer);
    assertEquals(p.hashCode(), newer.hashCode());
    assertTrue(newer.isRunning());
    for (Runnable change :
        new Runnable[] {
          () -> p.nice(5),
          p::suspend,
          p::resume,
          p::terminate,
          p::kill,
          () -> p.sendSignal(0),
          () -> p.rlimit(ProcessRlimit.RLIMIT_NOFILE, 10, 10),
          () -> p.cpuAffinity(List.of(0)),
          () -> p.ionice(io.psutil4j.ProcessIOPriority.IOPRIO_CLASS_BE, 1),
          p::ppid,
          () -> p.children(true)
        }) {
      NoSuchProcess e = assertThrows(NoSuchProcess.class, change::run);
      assertTrue(e.getMessage().contains("reused"), e.getMessage());
    }
  }

  @Test
  void aProcessWhoseDirectoryGoesIsNoSuchProcess() throws IOException {
    Path root = copy();
    LinuxPlatform platform = platform(root);
    Process p = Process.of(platform, 4242);
    try (Stream<Path> files = Files.walk(root.resolve("proc/4242"))) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
    assertFalse(p.isRunning());
    assertThrows(NoSuchProcess.class, p::name);
    assertThrows(NoSuchProcess.class, p::memoryInfoEx);
    assertThrows(NoSuchProcess.class, p::ioCounters);
    assertThrows(NoSuchProcess.class, () -> Process.of(platform, 4242));
  }

  @Test
  void nativeSettersRefuseAFixtureTree() {
    Process p = Process.of(platform(FX.root()), 4242);
    assertThrows(UnsupportedOperationException.class, () -> p.nice(1));
    assertThrows(UnsupportedOperationException.class, p::ionice);
  }
}

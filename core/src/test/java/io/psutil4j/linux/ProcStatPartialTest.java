package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.psutil4j.linux.parse.ParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The partial /proc/stat parsers used by cpu_times(), boot_time() and cpu_stats() give the same
 * numbers as the full parse, on this machine's file and on every captured fixture, and fail only
 * with ParseException naming the file.
 */
class ProcStatPartialTest {
  private static List<Path> statFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(Paths.get("/proc/stat"));
    Path fixtures = Paths.get("src/test/resources/fixtures");
    if (Files.isDirectory(fixtures)) {
      try (DirectoryStream<Path> scenarios = Files.newDirectoryStream(fixtures)) {
        for (Path scenario : scenarios) {
          Path stat = scenario.resolve("proc/stat");
          if (Files.isRegularFile(stat)) {
            files.add(stat);
          }
        }
      }
    }
    return files;
  }

  @Test
  void partialParsesAgreeWithTheFullParse() throws IOException {
    List<Path> files = statFiles();
    assertTrue(files.size() > 1, "expected fixtures besides the live file: " + files);
    for (Path file : files) {
      byte[] b = Files.readAllBytes(file);
      ProcStat full = ProcStat.parse(file, b, b.length);
      assertArrayEquals(
          full.totalTicks(), ProcStat.totalTicksOnly(file, b, b.length), file.toString());
      OptionalLong btime = ProcStat.btimeOnly(file, b, b.length);
      assertEquals(full.hasBtime(), btime.isPresent(), file.toString());
      if (full.hasBtime()) {
        assertEquals(full.btime(), btime.getAsLong(), file.toString());
      }
      StatCounters counters = StatCounters.parse(file, b, b.length);
      assertEquals(full.ctxt(), counters.ctxt(), file.toString());
      assertEquals(full.intr(), counters.intr(), file.toString());
      assertEquals(full.softirq(), counters.softirq(), file.toString());
    }
  }

  @Test
  void noBtimeLineIsEmptyAndNoCpuLineNamesThePath() {
    byte[] b = "cpu0 1 2 3 4\nctxt 5\n".getBytes(StandardCharsets.US_ASCII);
    assertFalse(ProcStat.btimeOnly("stat", b, b.length).isPresent());
    Path path = Paths.get("/somewhere/proc/stat");
    try {
      ProcStat.totalTicksOnly(path, b, b.length);
      fail("no aggregate cpu line must raise");
    } catch (ParseException e) {
      assertEquals(path.toString(), e.file());
    }
  }

  @Test
  void prefixesAndGarbageRaiseOnlyParseException() throws IOException {
    byte[] real = Files.readAllBytes(Paths.get("/proc/stat"));
    Random random = new Random(7);
    for (int len = 0; len <= real.length; len++) {
      survive(real, len);
    }
    for (int round = 0; round < 500; round++) {
      byte[] mutated = real.clone();
      for (int k = 0; k < 1 + random.nextInt(8); k++) {
        mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
      }
      survive(mutated, mutated.length);
      byte[] noise = new byte[random.nextInt(200)];
      random.nextBytes(noise);
      survive(noise, noise.length);
    }
  }

  private static void survive(byte[] b, int len) {
    for (int which = 0; which < 3; which++) {
      try {
        if (which == 0) {
          ProcStat.totalTicksOnly("stat", b, len);
        } else if (which == 1) {
          ProcStat.btimeOnly("stat", b, len);
        } else {
          StatCounters.parse("stat", b, len);
        }
      } catch (ParseException expected) {
        assertEquals("stat", expected.file());
      }
    }
  }

  @Test
  void eachCpuKeepsTheKernelsNumberWhenOneIsOffline() {
    byte[] text =
        ("cpu  6 0 3 90 0 0 0 0 0 0\n"
                + "cpu0 1 0 1 30 0 0 0 0 0 0\n"
                + "cpu2 2 0 1 30 0 0 0 0 0 0\n"
                + "cpu3 3 0 1 30 0 0 0 0 0 0\n"
                + "ctxt 5\n")
            .getBytes(StandardCharsets.US_ASCII);
    ProcStat stat = ProcStat.parse("stat", text, text.length);
    assertEquals(3, stat.cpuCount());
    assertEquals(0, stat.cpuNumber(0));
    assertEquals(2, stat.cpuNumber(1), "cpu1 is offline: the second line is cpu2");
    assertEquals(3, stat.cpuNumber(2));
    assertEquals(2, stat.cpuTicks(1)[0]);
  }
}

package io.psutil4j.linux.cgroup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.psutil4j.TupleField;
import io.psutil4j.linux.parse.CpuList;
import io.psutil4j.linux.parse.ParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The cgroup and PSI parsers on every prefix, garbled and random variant of every fixture file and
 * of this host's own files: the only failure allowed is ParseException.
 */
class CgroupParserRobustnessTest {
  private interface Parse {
    void apply(String file, byte[] buf, int len);
  }

  /** The parser for a file, by its name; null for files no parser reads. */
  private static Parse parserFor(Path file) {
    String name = file.getFileName().toString();
    String parent = file.getParent().getFileName().toString();
    if (name.equals("cgroup") && parent.equals("self")) {
      return ProcCgroup::parse;
    }
    if (name.equals("mountinfo")) {
      return CgroupMounts::parse;
    }
    if (name.endsWith(".pressure") || parent.equals("pressure")) {
      return PressureFile::parse;
    }
    if (name.equals("cpu.max")) {
      return CpuMax::parse;
    }
    if (name.equals("io.stat")) {
      return IoStat::parse;
    }
    if (name.startsWith("blkio.")) {
      return BlkioStat::parse;
    }
    if (name.contains("cpus")) {
      return CpuList::count;
    }
    if (name.endsWith(".stat") || name.equals("memory.events") || name.endsWith("oom_control")) {
      return CgroupParserRobustnessTest::keyed;
    }
    if (name.startsWith("cpu.")
        || name.startsWith("memory.")
        || name.startsWith("pids.")
        || name.startsWith("cpuacct.")) {
      return SingleValue::parse;
    }
    return null;
  }

  private static List<Path> inputs() throws Exception {
    List<Path> files = new ArrayList<>();
    Path fixtures = Paths.get(CgroupParserRobustnessTest.class.getResource("/fixtures").toURI());
    try (Stream<Path> all = Files.walk(fixtures)) {
      files.addAll(
          all.filter(Files::isRegularFile)
              .filter(p -> p.toString().contains("/cgroup-"))
              .filter(p -> parserFor(p) != null)
              .sorted()
              .collect(Collectors.toList()));
    }
    for (String live : new String[] {"/proc/self/cgroup", "/proc/self/mountinfo"}) {
      files.add(Paths.get(live));
    }
    for (String psi : new String[] {"cpu", "memory", "io", "irq"}) {
      Path p = Paths.get("/proc/pressure", psi);
      if (Files.isReadable(p)) {
        files.add(p);
      }
    }
    return files;
  }

  @TestFactory
  Stream<DynamicTest> everyInputParsesWholeAndOnlyRaisesParseExceptionWhenCut() throws Exception {
    List<Path> files = inputs();
    assertTrue(files.size() > 60, "too few inputs: " + files.size());
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.toString().replaceAll(".*/fixtures/", ""),
                    () -> {
                      Parse parser = parserFor(f);
                      byte[] real = read(f);
                      parser.apply(f.toString(), real, real.length); // whole: must parse
                      for (int len = 0; len < real.length; len++) {
                        survive(f, parser, real, len);
                      }
                      Random random = new Random(real.length);
                      for (int round = 0; round < 200; round++) {
                        byte[] garbled = real.clone();
                        for (int k = 0; k < 3 && garbled.length > 0; k++) {
                          garbled[random.nextInt(garbled.length)] = (byte) random.nextInt(256);
                        }
                        survive(f, parser, garbled, garbled.length);
                        byte[] noise = new byte[random.nextInt(64)];
                        random.nextBytes(noise);
                        survive(f, parser, noise, noise.length);
                      }
                    }));
  }

  private static void survive(Path f, Parse parser, byte[] buf, int len) {
    try {
      parser.apply(f.toString(), buf, len);
    } catch (ParseException expected) {
      // the documented failure
    } catch (RuntimeException e) {
      fail(
          f
              + " cut at "
              + len
              + " of "
              + buf.length
              + " raised "
              + e
              + " on '"
              + new String(buf, 0, len, StandardCharsets.ISO_8859_1)
              + "'",
          e);
    }
  }

  /** A flat keyed file read through v2 memory.stat's table, its other keys checked and skipped. */
  static boolean keyed(Object file, byte[] buf, int len) {
    return MemoryController.V2_STAT.parseInto(
        new HashMap<TupleField<Long>, Long>(), file, buf, len);
  }

  private static byte[] read(Path p) throws IOException {
    return Files.readAllBytes(p);
  }

  @Test
  void maxIsEmptyNotASentinel() {
    byte[] max = "max\n".getBytes(StandardCharsets.US_ASCII);
    assertEquals(OptionalLong.empty(), SingleValue.parse("memory.max", max, max.length));
    byte[] cpuMax = "max 100000\n".getBytes(StandardCharsets.US_ASCII);
    CpuMax parsed = CpuMax.parse("cpu.max", cpuMax, cpuMax.length);
    assertEquals(OptionalLong.empty(), parsed.quotaUsec());
    assertEquals(100000, parsed.periodUsec());
  }

  @Test
  void mountPointEscapesAreDecoded() {
    byte[] line =
        "40 30 0:37 / /sys/fs/cgroup/my\\040dir rw - cgroup2 cgroup2 rw\n"
            .getBytes(StandardCharsets.US_ASCII);
    assertEquals(
        "/sys/fs/cgroup/my dir",
        CgroupMounts.parse("mountinfo", line, line.length).get(0).mountPoint());
  }

  @Test
  void aParseErrorNamesFileLineAndToken() {
    byte[] bad = "usage_usec 12\nnr_periods x1\n".getBytes(StandardCharsets.US_ASCII);
    ParseException e = assertThrows(ParseException.class, () -> keyed("cpu.stat", bad, bad.length));
    assertEquals("cpu.stat", e.file());
    assertEquals(2, e.line());
    assertEquals("x1", e.token());
  }
}

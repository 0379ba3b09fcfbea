package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.psutil4j.Fixture;
import io.psutil4j.MemoryMap;
import io.psutil4j.ProcessRlimit;
import io.psutil4j.linux.parse.CpuList;
import io.psutil4j.linux.parse.ParseException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-process parsers on a captured /proc/PID, plus their garbage and truncated variants. */
class ProcessParsersTest {
  private static final Fixture FX = Fixture.process();
  private static final String PID = "proc/4242/";

  private static byte[] bytes(String file) {
    return FX.bytes(PID + file);
  }

  @Test
  void pidIoGivesPsutilsPioOrder() {
    byte[] b = bytes("io");
    long[] v = PidIo.parse("io", b, b.length);
    assertArrayEquals(
        new long[] {
          FX.expectLong("io.read_count"),
          FX.expectLong("io.write_count"),
          FX.expectLong("io.read_bytes"),
          FX.expectLong("io.write_bytes"),
          FX.expectLong("io.read_chars"),
          FX.expectLong("io.write_chars")
        },
        v);
  }

  @Test
  void statusThreadsAloneIsTheThreadsLineTheWholeParseReads() {
    byte[] b = bytes("status");
    PidStatus whole = PidStatus.parse("status", b, b.length);
    PidStatus threads = PidStatus.threads("status", b, b.length);
    assertEquals(whole.has(PidStatus.Key.THREADS), threads.has(PidStatus.Key.THREADS));
    assertEquals(whole.get(PidStatus.Key.THREADS), threads.get(PidStatus.Key.THREADS));
    assertEquals(FX.expectLong("status.threads"), threads.get(PidStatus.Key.THREADS));
    byte[] none = "Name:\tjava\nTgid:\t1\n".getBytes(StandardCharsets.US_ASCII);
    assertFalse(PidStatus.threads("status", none, none.length).has(PidStatus.Key.THREADS));
  }

  @Test
  void pidIoWithoutAKeyOrEmptyIsAParseError() {
    byte[] noRchar =
        "wchar: 1\nsyscr: 2\nsyscw: 3\nread_bytes: 4\nwrite_bytes: 5\n"
            .getBytes(StandardCharsets.US_ASCII);
    ParseException e =
        assertThrows(ParseException.class, () -> PidIo.parse("io", noRchar, noRchar.length));
    assertEquals("rchar:", e.token());
    assertThrows(ParseException.class, () -> PidIo.parse("io", new byte[0], 0));
  }

  @Test
  void pidLimitsReadsEveryRowUnlimitedAsMinusOne() {
    byte[] b = bytes("limits");
    PidLimits limits = PidLimits.parse("limits", b, b.length);
    for (ProcessRlimit r : ProcessRlimit.values()) {
      assertEquals(true, limits.has(r.resource()), r.name());
    }
    for (String name :
        new String[] {
          "RLIMIT_CPU",
          "RLIMIT_STACK",
          "RLIMIT_CORE",
          "RLIMIT_NPROC",
          "RLIMIT_NOFILE",
          "RLIMIT_MEMLOCK",
          "RLIMIT_MSGQUEUE",
          "RLIMIT_NICE",
          "RLIMIT_RTTIME"
        }) {
      String[] pair = FX.expect("limits." + name).split(",");
      int res = ProcessRlimit.valueOf(name).resource();
      assertEquals(Long.parseLong(pair[0]), limits.soft(res), name);
      assertEquals(Long.parseLong(pair[1]), limits.hard(res), name);
    }
  }

  @Test
  void pidLimitsRowsMissingOnOldKernelsReadAsAbsent() {
    byte[] b =
        ("Limit                     Soft Limit           Hard Limit           Units     \n"
                + "Max open files            1024                 4096                 files     \n")
            .getBytes(StandardCharsets.US_ASCII);
    PidLimits limits = PidLimits.parse("limits", b, b.length);
    assertEquals(1024, limits.soft(7));
    assertEquals(4096, limits.hard(7));
    assertFalse(limits.has(15));
  }

  @Test
  void smapsRollupFootprintSumsPrivateLinesPssAndSwapOnly() {
    byte[] b = bytes("smaps_rollup");
    Smaps s = Smaps.parse("smaps_rollup", b, b.length);
    assertEquals(1, s.mappings().size());
    assertEquals(FX.expectLong("rollup.uss"), s.footprint().uss());
    assertEquals(FX.expectLong("rollup.pss"), s.footprint().pss());
    assertEquals(FX.expectLong("rollup.swap"), s.footprint().swap());
  }

  @Test
  void smapsMappingsAndTotals() {
    byte[] b = bytes("smaps");
    Smaps s = Smaps.parse("smaps", b, b.length);
    assertEquals(FX.expectLong("smaps.mappings"), s.mappings().size());
    assertEquals(FX.expectLong("smaps.uss"), s.footprint().uss());
    assertEquals(FX.expectLong("smaps.pss"), s.footprint().pss());
    assertEquals(FX.expectLong("smaps.swap"), s.footprint().swap());
    long rss = 0;
    long size = 0;
    for (MemoryMap m : s.mappings()) {
      rss += m.rss();
      size += m.size();
    }
    assertEquals(FX.expectLong("smaps.rss"), rss);
    assertEquals(FX.expectLong("smaps.size"), size);
    MemoryMap first = s.mappings().get(0);
    assertEquals(FX.expect("smaps.first.addr"), first.addr());
    assertEquals(FX.expect("smaps.first.perms"), first.perms());
    assertEquals(FX.expect("smaps.first.path"), first.path());
  }

  @Test
  void smapsPrivateHugetlbCountsInUssAndVmFlagsIsSkipped() {
    byte[] b =
        ("7f00-7f10 rw-p 00000000 00:00 0 \n"
                + "Private_Clean:  1 kB\nPrivate_Dirty:  2 kB\nPrivate_Hugetlb: 4 kB\n"
                + "Pss:  3 kB\nPss_Anon:  3 kB\nSwap:  5 kB\nSwapPss:  5 kB\n"
                + "VmFlags: rd wr mr mw me ac sd\n")
            .getBytes(StandardCharsets.US_ASCII);
    Smaps s = Smaps.parse("smaps", b, b.length);
    assertEquals(7 * 1024, s.footprint().uss());
    assertEquals(3 * 1024, s.footprint().pss());
    assertEquals(5 * 1024, s.footprint().swap());
    assertEquals("", s.mappings().get(0).path());
  }

  @Test
  void fdinfoPositionAndOctalFlags() {
    for (String fd : new String[] {"3", "0"}) {
      byte[] b = bytes("fdinfo/" + fd);
      Fdinfo info = Fdinfo.parse("fdinfo", b, b.length);
      assertEquals(FX.expectLong("fdinfo." + fd + ".pos"), info.position());
      assertEquals(Integer.parseInt(FX.expect("fdinfo." + fd + ".flags"), 8), info.flags());
    }
  }

  @Test
  void cpuListRangesAndSingles() {
    assertArrayEquals(new int[] {0, 1, 2, 3, 8, 10, 11}, CpuList.sortedSet("f", "0-3,8,10-11\n"));
    assertArrayEquals(new int[0], CpuList.sortedSet("f", ""));
    assertThrows(ParseException.class, () -> CpuList.sortedSet("f", "3-1"));
    assertThrows(ParseException.class, () -> CpuList.sortedSet("f", "0-"));
    assertThrows(ParseException.class, () -> CpuList.sortedSet("f", "a"));
    assertThrows(ParseException.class, () -> CpuList.sortedSet("f", "0-99999999"));
  }

  @Test
  void passwdMapsUidsAndSkipsBadLines() {
    byte[] b = FX.bytes("etc/passwd");
    Map<Long, String> users = Passwd.parse("passwd", b, b.length);
    assertEquals(FX.expectLong("passwd.size"), users.size());
    assertEquals(FX.expect("passwd.0"), users.get(0L));
    assertEquals(FX.expect("passwd.4"), users.get(4L));
    byte[] odd =
        "# comment\n+nis::0:0::/:\nbad line\nx:x:notanumber:0::/:\nfirst:x:7:7::/:\nsecond:x:7:7::/:"
            .getBytes(StandardCharsets.US_ASCII);
    Map<Long, String> parsed = Passwd.parse("passwd", odd, odd.length);
    assertEquals(Map.of(7L, "first"), parsed);
  }

  @Test
  void statAndStatusOfTheCapture() {
    byte[] b = bytes("stat");
    PidStat st = PidStat.parse("stat", b, b.length);
    assertEquals(FX.expect("stat.name"), st.name());
    assertEquals(FX.expect("stat.state").charAt(0), st.state());
    assertEquals(FX.expectLong("stat.ppid"), st.ppid());
    assertEquals(FX.expectLong("stat.minflt"), st.minflt());
    assertEquals(FX.expectLong("stat.starttime"), st.starttime());
    assertEquals(FX.expectLong("stat.processor"), st.processor());
    assertEquals(FX.expectLong("stat.tty_nr"), st.ttyNr());
  }

  @Test
  void garbageAndTruncatedInputRaiseOnlyParseException() {
    ParserFuzz.onlyParseExceptions("io", bytes("io"), PidIo::parse);
    ParserFuzz.onlyParseExceptions("limits", bytes("limits"), PidLimits::parse);
    ParserFuzz.onlyParseExceptions("smaps_rollup", bytes("smaps_rollup"), Smaps::parse);
    ParserFuzz.onlyParseExceptions("fdinfo", bytes("fdinfo/3"), Fdinfo::parse);
    ParserFuzz.onlyParseExceptions("passwd", FX.bytes("etc/passwd"), Passwd::parse);
    ParserFuzz.onlyParseExceptions("stat", bytes("stat"), PidStat::parse);
    ParserFuzz.onlyParseExceptions("status", bytes("status"), PidStatus::parse);
    ParserFuzz.onlyParseExceptions("statm", bytes("statm"), Statm::parse);
    ParserFuzz.onlyParseExceptions(
        "cpus",
        "0-3,8,10-11".getBytes(StandardCharsets.US_ASCII),
        (f, b, n) -> CpuList.sortedSet(f, new String(b, 0, n, StandardCharsets.ISO_8859_1)));
  }

  @Test
  void garbageSmapsRaisesOnlyParseException() {
    // smaps is big: its prefixes are covered by the first 3000 bytes, mutations by the whole.
    byte[] b = bytes("smaps");
    ParserFuzz.onlyParseExceptions("smaps", java.util.Arrays.copyOf(b, 3000), Smaps::parse);
  }
}

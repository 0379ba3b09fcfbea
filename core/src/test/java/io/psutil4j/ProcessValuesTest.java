package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The process value types: psutil's names, reprs and validation. */
class ProcessValuesTest {
  @Test
  void statusLettersMapToPsutilsStrings() {
    String letters = "RSDTtZXxKWIP";
    String[] values = {
      "running",
      "sleeping",
      "disk-sleep",
      "stopped",
      "tracing-stop",
      "zombie",
      "dead",
      "dead",
      "wake-kill",
      "waking",
      "idle",
      "parked"
    };
    for (int i = 0; i < letters.length(); i++) {
      assertEquals(values[i], ProcessStatus.fromStateLetter(letters.charAt(i)).value());
    }
    assertEquals("?", ProcessStatus.fromStateLetter('Q').value());
  }

  @Test
  void namedTuplesUsePsutilsFieldNamesAndReprs() {
    assertEquals(
        "pio(read_count=1, write_count=2, read_bytes=3, write_bytes=4, read_chars=5,"
            + " write_chars=6)",
        IoCounters.of(1, 2, 3, 4, 5, 6).toString());
    assertEquals(
        "pionice(ioclass=<ProcessIOPriority.IOPRIO_CLASS_BE: 2>, value=4)",
        IoNice.of(ProcessIOPriority.IOPRIO_CLASS_BE, 4).toString());
    assertEquals(
        Map.of("ioclass", 2, "value", 4), IoNice.of(ProcessIOPriority.IOPRIO_CLASS_BE, 4).asDict());
    assertEquals("pfootprint(uss=1, pss=2, swap=3)", MemoryFootprint.of(1, 2, 3).toString());
    assertEquals(
        "[path, rss, size, pss, shared_clean, shared_dirty, private_clean, private_dirty,"
            + " referenced, anonymous, swap]",
        MemoryMap.grouped("/x", new long[10]).asDict().keySet().toString());
    assertEquals(
        "addr",
        MemoryMap.mapping("1-2", "r--p", "/x", new long[10]).asDict().keySet().iterator().next());
  }

  @Test
  void reprLikePsutils() {
    Process self = Process.current();
    String repr = self.toString();
    assertTrue(
        repr.matches(
            "psutil\\.Process\\(pid="
                + self.pid()
                + ", name='java', status='[a-z-]+', started='[0-9: -]+'\\)"),
        repr);
  }

  /**
   * psutil 8's rule: the time alone within 24 hours of now (across midnight too), else the date.
   */
  @Test
  void reprStartedShowsTheDateFromTwentyFourHoursOn() {
    ZonedDateTime yesterdayLate = ZonedDateTime.now(ZoneId.systemDefault()).minusDays(1);
    double created = yesterdayLate.toEpochSecond();
    String time = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).format(yesterdayLate);
    String date = DateTimeFormatter.ofPattern("yyyy-MM-dd ", Locale.ROOT).format(yesterdayLate);
    assertEquals(time, Process.started(created, created + 24 * 3600 - 1)); // yesterday, < 24 h
    assertEquals(date + time, Process.started(created, created + 24 * 3600));
    assertEquals(time, Process.started(created, created + 0.5));
  }

  @Test
  void validationRejectsImpossibleValues() {
    assertThrows(IllegalArgumentException.class, () -> IoCounters.of(-1, 0, 0, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> ResourceLimit.of(-2, 0));
    assertEquals(-1, ResourceLimit.of(-1, -1).soft());
    assertThrows(
        IllegalArgumentException.class, () -> IoNice.of(ProcessIOPriority.IOPRIO_CLASS_BE, -1));
  }

  @Test
  void asDictRejectsUnknownNamesAndKnowsPsutilsAttrs() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Process.current().asDict(java.util.List.of("name", "bogus"), null));
    assertEquals("invalid attr name 'bogus'", e.getMessage());
    assertEquals(
        java.util.List.of(
            "cmdline",
            "cpu_affinity",
            "cpu_num",
            "cpu_percent",
            "cpu_times",
            "create_time",
            "cwd",
            "environ",
            "exe",
            "gids",
            "io_counters",
            "ionice",
            "memory_footprint",
            "memory_info",
            "memory_info_ex",
            "memory_maps",
            "memory_percent",
            "name",
            "net_connections",
            "nice",
            "num_ctx_switches",
            "num_fds",
            "num_threads",
            "open_files",
            "page_faults",
            "pid",
            "ppid",
            "status",
            "terminal",
            "threads",
            "uids",
            "username"),
        Process.attrs());
  }
}

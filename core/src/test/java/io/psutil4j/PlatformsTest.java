package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.spi.Platform;
import io.psutil4j.spi.TaskInfo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformsTest {
  @Test
  void anyOtherOsIsRefusedWithItsName() {
    UnsupportedPlatformException e =
        assertThrows(UnsupportedPlatformException.class, () -> Platforms.select("Mac OS X"));
    assertEquals(
        "psutil4j supports Linux only; this JVM runs on os.name='Mac OS X'", e.getMessage());
    assertThrows(UnsupportedPlatformException.class, () -> Platforms.select("Windows 11"));
  }

  @Test
  void linuxIsChosenOnceAndKept() {
    assertEquals("linux", Platforms.current().name());
    assertSame(Platforms.current(), Platforms.current());
  }

  @Test
  void aQuietPlatformIsANewLinuxPlatformThatPrintsNothing() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Platform quiet;
    List<TaskInfo> tasks;
    try {
      System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
      quiet = Platforms.quiet();
      quiet.virtualMemory();
      quiet.cpuTimes();
      tasks = quiet.tasks(quiet.selfPid());
    } finally {
      System.setErr(stderr);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
    assertNotSame(Platforms.current(), quiet);
    assertEquals("linux", quiet.name());
    assertEquals(Platforms.current().selfPid(), quiet.selfPid());
    // the main thread's task id is the pid
    assertTrue(tasks.stream().anyMatch(t -> t.tid() == quiet.selfPid()), tasks.toString());
  }
}

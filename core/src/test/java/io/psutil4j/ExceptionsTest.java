package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** psutil's exception texts: the message, then the identity it knows. */
class ExceptionsTest {
  @Test
  void messagesCarryPidNameAndPpidLikePsutil() {
    assertEquals(
        "process no longer exists (pid=42, name='java')",
        new NoSuchProcess(42, "java", null).getMessage());
    assertEquals(
        "PID still exists but it's a zombie (pid=7, ppid=1, name='defunct')",
        new ZombieProcess(7, "defunct", 1).getMessage());
    assertEquals("(pid=3)", new AccessDenied(3, null, null).getMessage());
    assertEquals(
        "timeout after 1.5 seconds (pid=9)", new TimeoutExpired(1.5, 9, null).getMessage());
    // psutil prints the timeout it was given: wait(3) says 3, not 3.0
    assertEquals("timeout after 3 seconds (pid=9)", new TimeoutExpired(3, 9, null).getMessage());
    assertTrue(new ZombieProcess(7, null, 1) instanceof NoSuchProcess);
  }

  @Test
  void valuesRejectImpossibleFieldsNamingThem() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> MemoryInfo.of(-1, 0, 0, 0, 0));
    assertEquals("rss must be >= 0, got -1", e.getMessage());
    IllegalArgumentException swap =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class, () -> SwapMemory.of(10, 11, 0, 0));
    assertTrue(swap.getMessage().contains("11"), swap.getMessage());
  }

  @Test
  void reprIsPsutils() {
    assertEquals("pctxsw(voluntary=3, involuntary=4)", CtxSwitches.of(3, 4).toString());
    assertEquals(
        "sswap(total=100, used=40, free=60, percent=40.0, sin=0, sout=8192)",
        SwapMemory.of(100, 60, 0, 8192).toString());
  }
}

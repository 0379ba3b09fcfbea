package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Every Linux signal, numbered and named as this kernel's shell (bash's kill -l) says. */
class SignalsTest {
  @Test
  void everyStandardSignalAsKillListsIt() {
    for (int n = 1; n <= 31; n++) {
      String shell = Spawn.run("bash", "-c", "kill -l " + n).trim();
      assertEquals("SIG" + shell, Signals.name(n), "signal " + n);
      assertEquals(n, Signals.byName(shell));
      assertEquals(n, Signals.byName("SIG" + shell));
    }
    assertEquals(
        Signals.SIGRTMIN, Integer.parseInt(Spawn.run("bash", "-c", "kill -l RTMIN").trim()));
    assertEquals(
        Signals.SIGRTMAX, Integer.parseInt(Spawn.run("bash", "-c", "kill -l RTMAX").trim()));
    assertEquals(Signals.SIGABRT, Signals.byName("IOT"));
    assertEquals(Signals.SIGIO, Signals.byName("SIGPOLL"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Signals.byName("NOPE"));
    assertEquals("unknown signal 'NOPE'", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Signals.name(0));
  }
}

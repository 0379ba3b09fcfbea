package io.psutil4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}

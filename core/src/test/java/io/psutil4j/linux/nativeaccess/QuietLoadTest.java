package io.psutil4j.linux.nativeaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.psutil4j.Platforms;
import org.junit.jupiter.api.Test;

class QuietLoadTest {
  @Test
  void jnaLoadsSilentlyBeforeJdk24() {
    assertTrue(NativeLinux.loadsQuietly(21, NativeLinux.class.getModule()));
    if (Runtime.version().feature() < 22) {
      // no Module.isNativeAccessEnabled to ask: assume loading would warn
      assertEquals(false, NativeLinux.loadsQuietly(24, NativeLinux.class.getModule()));
    }
  }

  @Test
  void theSeamGivesCoresAnswer() {
    assertEquals(NativeLinux.loadsQuietly(), Platforms.nativeLoadsQuietly());
    assertEquals(
        NativeLinux.loadsQuietly(Runtime.version().feature(), NativeLinux.class.getModule()),
        Platforms.nativeLoadsQuietly());
  }
}

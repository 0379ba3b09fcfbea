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

  /**
   * The seam gives core's answer, asked once when the JVM started. It is not asked again here: once
   * the JDK has warned for a module (an earlier test may have loaded JNA), it reports native access
   * as enabled for it, so a second asking can differ; NativeFastPathsTest checks the answer in
   * fresh JVMs.
   */
  @Test
  void theSeamGivesCoresAnswer() {
    assertEquals(NativeLinux.loadsQuietly(), Platforms.nativeLoadsQuietly());
  }
}

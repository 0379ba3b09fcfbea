package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** open_files' mode from the fdinfo flags, psutil's table (reference §3.7). */
class OpenFileModeTest {
  private static final int O_WRONLY = 01;
  private static final int O_RDWR = 02;
  private static final int O_CREAT = 0100;
  private static final int O_TRUNC = 01000;
  private static final int O_APPEND = 02000;
  private static final int O_LARGEFILE = 0100000;

  @Test
  void accessModeAndAppend() {
    assertEquals("r", LinuxProcessFiles.mode(O_LARGEFILE));
    assertEquals("w", LinuxProcessFiles.mode(O_WRONLY | O_CREAT | O_TRUNC));
    assertEquals("a", LinuxProcessFiles.mode(O_WRONLY | O_CREAT | O_APPEND));
    assertEquals("r+", LinuxProcessFiles.mode(O_RDWR));
    assertEquals("r+", LinuxProcessFiles.mode(O_RDWR | O_CREAT | O_TRUNC)); // Python's w+
    assertEquals("a+", LinuxProcessFiles.mode(O_RDWR | O_APPEND));
  }
}

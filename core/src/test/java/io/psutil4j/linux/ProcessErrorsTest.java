package io.psutil4j.linux;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** How the JDK reports the errno of a /proc open or read, and what we make of it. */
class ProcessErrorsTest {
  @Test
  void enoentFromOpenOrFromReadAndEsrchMeanGone() {
    assertTrue(ProcessErrors.isGoneError(new NoSuchFileException("/proc/42/stat")));
    // FileChannel.read on /proc/PID/fdinfo/N after fd N closed: the message is strerror(ENOENT)
    assertTrue(ProcessErrors.isGoneError(new IOException("No such file or directory")));
    assertTrue(ProcessErrors.isGoneError(new IOException("No such process")));
  }

  @Test
  void otherErrorsAreNotGone() {
    assertFalse(ProcessErrors.isGoneError(new IOException("Input/output error")));
    assertFalse(ProcessErrors.isGoneError(new AccessDeniedException("/proc/1/environ")));
    assertTrue(ProcessErrors.isPermissionError(new AccessDeniedException("/proc/1/environ")));
    assertTrue(ProcessErrors.isPermissionError(new IOException("Operation not permitted")));
  }
}

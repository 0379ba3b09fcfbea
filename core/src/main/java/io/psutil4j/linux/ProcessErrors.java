package io.psutil4j.linux;

import io.psutil4j.AccessDenied;
import io.psutil4j.NoSuchProcess;
import io.psutil4j.ZombieProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The one place where an I/O failure on /proc/PID becomes psutil's exception. EACCES/EPERM is
 * AccessDenied. ENOENT/ESRCH is NoSuchProcess once /proc/PID/stat is confirmed gone, or
 * ZombieProcess when the process is a zombie; ENOENT while the process is alive and well is a real
 * I/O error and stays one.
 */
final class ProcessErrors {
  private ProcessErrors() {}

  static RuntimeException translate(
      IOException e, Path pidDir, int pid, @Nullable String knownName) {
    if (isPermissionError(e)) {
      return AccessDenied.of(pid, knownName, e);
    }
    if (!isGoneError(e)) {
      return new UncheckedIOException(e);
    }
    PidStat stat;
    try {
      stat = KernelFiles.read(pidDir.resolve("stat"), PidStat::parse);
    } catch (IOException statGone) {
      return new NoSuchProcess(pid, knownName, null);
    }
    if (stat.state() == 'Z') {
      return new ZombieProcess(pid, knownName == null ? stat.name() : knownName, stat.ppid());
    }
    return new UncheckedIOException(e);
  }

  static boolean isPermissionError(IOException e) {
    if (e instanceof AccessDeniedException) {
      return true;
    }
    String reason = reason(e);
    return reason.contains("Permission denied") || reason.contains("Operation not permitted");
  }

  /**
   * ENOENT, or ESRCH which /proc returns for a task that died while being read. ENOENT comes as a
   * plain IOException when the file opened but its fd or task went away before read().
   */
  static boolean isGoneError(IOException e) {
    String reason = reason(e);
    return e instanceof NoSuchFileException
        || reason.contains("No such process")
        || reason.contains("No such file or directory");
  }

  private static String reason(IOException e) {
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : null;
    String text = reason != null ? reason : e.getMessage();
    return text == null ? "" : text;
  }
}

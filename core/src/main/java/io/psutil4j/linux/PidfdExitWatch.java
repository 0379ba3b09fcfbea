package io.psutil4j.linux;

import io.psutil4j.linux.nativeaccess.NativeLinux;
import io.psutil4j.spi.ExitWatch;
import java.util.OptionalInt;

/**
 * A child's pidfd: after the JVM reaps the child, Linux 6.15+ still gives its wait status through
 * it (PIDFD_INFO_EXIT). Older kernels open the pidfd (5.3+) but tell nothing: empty.
 */
final class PidfdExitWatch implements ExitWatch {
  private int pidfd;

  private PidfdExitWatch(int pidfd) {
    this.pidfd = pidfd;
  }

  /** A watch on {@code pid}, or {@link ExitWatch#NONE} when no pidfd can be had. */
  static ExitWatch open(int pid) {
    int fd = NativeLinux.pidfdOpen(pid);
    return fd < 0 ? NONE : new PidfdExitWatch(fd);
  }

  @Override
  public synchronized OptionalInt statusOnceReaped() {
    if (pidfd < 0) {
      return OptionalInt.empty();
    }
    int status = NativeLinux.pidfdExitStatus(pidfd);
    return status < 0 ? OptionalInt.empty() : OptionalInt.of(status);
  }

  @Override
  public synchronized void close() {
    if (pidfd >= 0) {
      NativeLinux.closePidfd(pidfd);
      pidfd = -1;
    }
  }
}

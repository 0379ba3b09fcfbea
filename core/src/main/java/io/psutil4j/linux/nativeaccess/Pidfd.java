package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.NativeLong;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The JNA side of pidfds: pidfd_open(2) and the PIDFD_GET_INFO ioctl, which gives a reaped child's
 * wait status to whoever held a pidfd when it died (include/uapi/linux/pidfd.h, Linux 6.15).
 */
final class Pidfd {
  /** pidfd_open: one number on every architecture (the unified table from 424 on). */
  private static final long SYS_PIDFD_OPEN = 434;

  /** struct pidfd_info as of its first version (PIDFD_INFO_SIZE_VER0). */
  private static final int INFO_SIZE = 64;

  /** _IOWR(PIDFS_IOCTL_MAGIC 0xFF, 11, struct pidfd_info of INFO_SIZE bytes). */
  private static final long PIDFD_GET_INFO =
      (3L << 30) | ((long) INFO_SIZE << 16) | (0xFF << 8) | 11;

  private static final long PIDFD_INFO_EXIT = 1L << 3;

  /** Offset of {@code __s32 exit_code}: after mask, cgroupid (u64) and eleven u32 ids. */
  private static final int EXIT_CODE_OFFSET = 60;

  private Pidfd() {}

  static int open(int pid) {
    try {
      return LibcCalls.libc().syscall(new NativeLong(SYS_PIDFD_OPEN), pid, 0).intValue();
    } catch (LastErrorException e) {
      return -1; // ENOSYS before 5.3, ESRCH when already reaped
    }
  }

  static int exitStatus(int pidfd) {
    byte[] info = new byte[INFO_SIZE];
    ByteBuffer fields = ByteBuffer.wrap(info).order(ByteOrder.nativeOrder());
    fields.putLong(0, PIDFD_INFO_EXIT); // the request mask
    try {
      LibcCalls.libc().ioctl(pidfd, new NativeLong(PIDFD_GET_INFO), info);
    } catch (LastErrorException e) {
      return -1; // ENOTTY before 6.13, ESRCH for a live task without exit info
    }
    if ((fields.getLong(0) & PIDFD_INFO_EXIT) == 0) {
      return -1; // not reaped yet, or a kernel without exit info (6.13, 6.14)
    }
    return fields.getInt(EXIT_CODE_OFFSET);
  }

  static int close(int pidfd) {
    try {
      return LibcCalls.libc().close(pidfd);
    } catch (LastErrorException e) {
      return -1; // EBADF: already closed; nothing to release
    }
  }
}

package io.psutil4j.linux.nativeaccess;

import java.util.Locale;

/** The facts of Linux's LP64 ABI that the JNA and the FFM bindings both use. */
final class LinuxAbi {
  /** struct sysinfo and struct statvfs: 112 bytes on LP64. */
  static final int STRUCT_BYTES = 112;

  /**
   * sysinfo's {@code loads[3]} and statvfs's f_frsize, f_blocks, f_bfree, f_bavail: each after one
   * long.
   */
  static final int SYSINFO_LOADS = 8;

  static final int STATVFS_FRSIZE = 8;
  static final int PRIO_PROCESS = 0;

  /** O_RDONLY | O_CLOEXEC, the same bits on every architecture (O_DIRECTORY is not). */
  static final int O_RDONLY_CLOEXEC = 02000000;

  static final int IOPRIO_GET = 0;
  static final int IOPRIO_SET = 1;
  static final int GETPRIORITY = 2;
  private static final String[] SYSCALL_NAMES = {"ioprio_get", "ioprio_set", "getpriority"};

  private static final String ARCH = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);

  /**
   * The syscall numbers this port knows for this architecture, by the indices above; -1: unknown.
   */
  private static final long[] SYSCALLS = syscalls(ARCH);

  private LinuxAbi() {}

  private static long[] syscalls(String arch) {
    switch (arch) {
      case "amd64":
      case "x86_64":
        return new long[] {252, 251, 140};
      case "aarch64":
      case "riscv64":
      case "loongarch64":
        return new long[] {31, 30, 141}; // the generic syscall table
      case "x86":
      case "i386":
      case "i686":
        return new long[] {290, 289, -1};
      default:
        return new long[] {-1, -1, -1};
    }
  }

  /**
   * The number of syscall {@code which} (IOPRIO_GET, IOPRIO_SET, GETPRIORITY) here.
   *
   * @throws UnsupportedOperationException naming {@code api}, the syscall and the architecture when
   *     psutil4j does not know it
   */
  static long syscall(int which, String api) {
    long number = SYSCALLS[which];
    if (number < 0) {
      String name = SYSCALL_NAMES[which];
      throw new UnsupportedOperationException(
          api + ": the " + name + " syscall number for " + ARCH + " is not known to psutil4j");
    }
    return number;
  }
}

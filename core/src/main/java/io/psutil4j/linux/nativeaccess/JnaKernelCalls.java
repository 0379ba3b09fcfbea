package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;

/** {@link KernelCalls} through JNA: for JDKs before 22, where the FFM API is not final. */
final class JnaKernelCalls implements KernelCalls {
  /** struct sysinfo and struct statvfs are 112 bytes on LP64: 14 longs each. */
  private static final int STRUCT_LONGS = 14;

  private static final int SYSINFO_LOADS = 1;
  private static final int STATVFS_FRSIZE = 1;

  /**
   * Binds libc first: where JNA cannot load, this says why (UnsupportedOperationException), where
   * JnaDirect's registration would fail with a bare ExceptionInInitializerError.
   */
  JnaKernelCalls() {
    LibcCalls.libc();
  }

  @Override
  public String binding() {
    return "jna";
  }

  @Override
  public long[] sysinfoLoads() {
    long[] info = new long[STRUCT_LONGS];
    try {
      JnaDirect.sysinfo(info);
    } catch (LastErrorException e) {
      throw new NativeError("sysinfo", e.getErrorCode());
    }
    return new long[] {info[SYSINFO_LOADS], info[SYSINFO_LOADS + 1], info[SYSINFO_LOADS + 2]};
  }

  @Override
  public long[] statvfs(String path) {
    long[] buf = new long[STRUCT_LONGS];
    try {
      JnaDirect.statvfs(path, buf);
    } catch (LastErrorException e) {
      throw new NativeError("statvfs", e.getErrorCode());
    }
    // f_bsize, f_frsize, f_blocks, f_bfree, f_bavail: the four after f_bsize
    return new long[] {
      buf[STATVFS_FRSIZE], buf[STATVFS_FRSIZE + 1], buf[STATVFS_FRSIZE + 2], buf[STATVFS_FRSIZE + 3]
    };
  }

  @Override
  public long[] getRlimit(int pid, int resource) {
    long[] old = new long[2];
    try {
      JnaDirect.prlimit(pid, resource, null, old);
    } catch (LastErrorException e) {
      throw new NativeError("prlimit", e.getErrorCode());
    }
    return old;
  }

  @Override
  public void setRlimit(int pid, int resource, long soft, long hard) {
    try {
      JnaDirect.prlimit(pid, resource, new long[] {soft, hard}, null);
    } catch (LastErrorException e) {
      throw new NativeError("prlimit", e.getErrorCode());
    }
  }

  @Override
  public long sysconf(int name) {
    return JnaDirect.sysconf(name).longValue();
  }

  @Override
  public int countEntries(String dir) {
    return LibcCalls.countEntries(dir);
  }
}

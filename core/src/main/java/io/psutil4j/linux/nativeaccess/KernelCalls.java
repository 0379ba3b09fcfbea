package io.psutil4j.linux.nativeaccess;

/**
 * The libc calls that answer faster than a /proc or /sys file, behind one interface: bound through
 * the FFM API on JDK 22+ (a class of the multi-release jar's META-INF/versions/22) or through JNA
 * below. {@link NativeLinux} chooses one implementation per JVM. Failures throw {@link NativeError}
 * with the errno.
 */
interface KernelCalls {
  /** What binds the calls: "ffm" or "jna". */
  String binding();

  /** sysinfo(2)'s {@code loads[3]}: the kernel's avenrun, fixed point at SI_LOAD_SHIFT (16). */
  long[] sysinfoLoads();

  /** statvfs(3): {f_frsize, f_blocks, f_bfree, f_bavail}. */
  long[] statvfs(String path);

  /** prlimit(pid, resource, NULL, old): {soft, hard}; -1 is RLIM_INFINITY. */
  long[] getRlimit(int pid, int resource);

  /** prlimit(pid, resource, {soft, hard}, NULL). */
  void setRlimit(int pid, int resource, long soft, long hard);

  /** sysconf(3); -1 when the name has no value here. */
  long sysconf(int name);

  /** The entries of {@code dir} but "." and "..", counted from getdents64's records. */
  int countEntries(String dir);
}

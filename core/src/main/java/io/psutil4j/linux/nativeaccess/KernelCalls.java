package io.psutil4j.linux.nativeaccess;

import io.psutil4j.NicAddress;
import io.psutil4j.linux.parse.NetInet;
import java.util.List;
import java.util.Map;

/**
 * The libc calls that answer faster than a /proc or /sys file, or that no file can make, behind one
 * interface: bound through the FFM API on JDK 22+ (a class of the multi-release jar's
 * META-INF/versions/22) or through JNA below. {@link NativeLinux} chooses one implementation per
 * JVM. Failures throw {@link NativeError} with the errno.
 */
interface KernelCalls {
  /** What binds the calls: "ffm" or "jna". */
  String binding();

  /** sysinfo(2)'s {@code loads[3]}: the kernel's avenrun, fixed point at SI_LOAD_SHIFT (16). */
  long[] sysinfoLoads();

  /** statvfs(3): {f_frsize, f_blocks, f_bfree, f_bavail}. */
  long[] statvfs(String path);

  /** sysconf(3); -1 when the name has no value here. */
  long sysconf(int name);

  /** getifaddrs(3) walked as psutil's C net_if_addrs ({@link NativeLinux#nicAddresses}). */
  Map<String, List<NicAddress>> nicAddresses();

  /** psutil's net_if_stats ioctls per NIC ({@link NativeLinux#nicStats}). */
  List<long[]> nicStats(List<String> nics);

  /** The NETLINK_SOCK_DIAG dump of one family and protocol ({@link NativeLinux#inetSockets}). */
  List<NetInet.Socket> inetSockets(int family, int protocol);

  /** getpriority(PRIO_PROCESS, pid): the nice value, -20..19. */
  int getNice(int pid);

  /** setpriority(PRIO_PROCESS, pid, value). */
  void setNice(int pid, int value);

  /** sched_getaffinity(pid): the CPUs of the mask, ascending. */
  int[] getAffinity(int pid);

  /** sched_setaffinity(pid) with {@code mask}, as {@link CpuMask#of} builds it. */
  void setAffinity(int pid, byte[] mask);

  /** prlimit(pid, resource, NULL, old): {soft, hard}; -1 is RLIM_INFINITY. */
  long[] getRlimit(int pid, int resource);

  /** prlimit(pid, resource, {soft, hard}, NULL). */
  void setRlimit(int pid, int resource, long soft, long hard);

  /** getdents64 over {@code dir}: each batch of records given to {@code sink}, returned. */
  DirentRecords list(String dir, DirentRecords sink);

  /** The entries of {@code dir} but "." and "..", counted from getdents64's records. */
  default int countEntries(String dir) {
    return list(dir, DirentRecords.counting()).count();
  }

  /** The entries of {@code dir} named by a positive decimal int, unsorted, parsed in place. */
  default int[] numericEntries(String dir) {
    return list(dir, DirentRecords.numeric()).numbers();
  }

  /**
   * The file at {@code path} (NUL-terminated bytes) read into {@code buf} from its start: the bytes
   * read, {@code buf.length} when the file may hold more. No String, Path or stream on the way.
   */
  int readFile(byte[] path, byte[] buf);
}

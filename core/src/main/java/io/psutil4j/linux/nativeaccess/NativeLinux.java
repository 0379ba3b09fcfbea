package io.psutil4j.linux.nativeaccess;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * The native calls psutil makes on Linux where /proc cannot answer: priorities, I/O priorities,
 * resource limits, affinity, signals and the malloc heap. This class does not touch JNA itself:
 * when the JNA jar is missing, or its native part or libc cannot load, every method throws {@link
 * UnsupportedOperationException} saying why, and the rest of psutil4j works. Failures of the calls
 * carry the errno ({@link NativeError}).
 */
public final class NativeLinux {
  private NativeLinux() {}

  private static UnsupportedOperationException unavailable(LinkageError e) {
    return new UnsupportedOperationException("JNA is not available: " + e, e);
  }

  /** Whether libc could be bound (for callers that want to skip rather than fail). */
  public static boolean available() {
    try {
      return LibcCalls.available();
    } catch (LinkageError e) {
      return false;
    }
  }

  /** The JDK release from which JNI use warns without --enable-native-access (JEP 472). */
  private static final int RESTRICTED_FROM = 24;

  /**
   * Whether JNA may load without the JDK printing anything: before JDK 24, or with native access
   * enabled for our module. A reading that has a /proc fallback asks this first, so it never adds a
   * warning to the output of an agent's host.
   */
  public static boolean loadsQuietly() {
    return QuietLoad.ANSWER;
  }

  /** Asked once: a module's native access is fixed when the JVM starts it. */
  private static final class QuietLoad {
    static final boolean ANSWER =
        loadsQuietly(Runtime.version().feature(), NativeLinux.class.getModule());
  }

  /** Whether JNA loads without a warning on JDK {@code feature} from {@code module}. */
  static boolean loadsQuietly(int feature, Module module) {
    if (feature < RESTRICTED_FROM) {
      return true;
    }
    try {
      // Module.isNativeAccessEnabled is JDK 22+; we compile for 11, hence reflection.
      Method m = Module.class.getMethod("isNativeAccessEnabled");
      return Boolean.TRUE.equals(m.invoke(module));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /** getrusage(RUSAGE_SELF): {voluntary, involuntary} context switches of this whole process. */
  public static long[] selfCtxSwitches() {
    try {
      return LibcCalls.selfCtxSwitches();
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /**
   * The entries of {@code dir} named by a positive decimal int (pids in /proc), unsorted, read by
   * getdents64 without a String per entry.
   */
  public static int[] numericEntries(String dir) {
    try {
      return LibcCalls.numericEntries(dir);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** getpriority(PRIO_PROCESS, pid): the nice value, -20..19. */
  public static int getNice(int pid) {
    try {
      return LibcCalls.getNice(pid);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** setpriority(PRIO_PROCESS, pid, value). */
  public static void setNice(int pid, int value) {
    try {
      LibcCalls.setNice(pid, value);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** kill(pid, signal). */
  public static void kill(int pid, int signal) {
    try {
      LibcCalls.kill(pid, signal);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** prlimit(pid, resource, NULL, {soft, hard}); -1 is RLIM_INFINITY. */
  public static long[] getRlimit(int pid, int resource) {
    try {
      return LibcCalls.getRlimit(pid, resource);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** prlimit(pid, resource, {soft, hard}, NULL); -1 is RLIM_INFINITY. */
  public static void setRlimit(int pid, int resource, long soft, long hard) {
    try {
      LibcCalls.setRlimit(pid, resource, soft, hard);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** sched_setaffinity with a 1024-CPU mask, as psutil does. */
  public static void setAffinity(int pid, List<Integer> cpus) {
    try {
      LibcCalls.setAffinity(pid, cpus);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** ioprio_get(IOPRIO_WHO_PROCESS, pid): {class, data}. */
  public static int[] getIoprio(int pid) {
    try {
      return LibcCalls.getIoprio(pid);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** ioprio_set(IOPRIO_WHO_PROCESS, pid, class << 13 | data). */
  public static void setIoprio(int pid, int ioclass, int data) {
    try {
      LibcCalls.setIoprio(pid, ioclass, data);
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /**
   * glibc's mallinfo2() (mallinfo() before 2.33): {heap_used, mmap_used}, bytes, of this process.
   *
   * @throws UnsupportedOperationException when JNA cannot load, or libc has neither (musl)
   */
  public static long[] mallinfo() {
    try {
      return LibcCalls.mallinfo();
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /**
   * pidfd_open(pid, 0) (Linux 5.3+): a descriptor that keeps the process's exit status once it is
   * reaped (6.15+), or -1 when the kernel or JNA cannot give one. Close it with {@link
   * #closePidfd}.
   */
  public static int pidfdOpen(int pid) {
    try {
      return Pidfd.open(pid);
    } catch (LinkageError | UnsupportedOperationException e) {
      return -1;
    }
  }

  /**
   * The wait status (as waitpid's) of the reaped process behind {@code pidfd}, from
   * ioctl(PIDFD_GET_INFO) with PIDFD_INFO_EXIT (Linux 6.15+); -1 when the kernel does not tell.
   */
  public static int pidfdExitStatus(int pidfd) {
    try {
      return Pidfd.exitStatus(pidfd);
    } catch (LinkageError | UnsupportedOperationException e) {
      return -1;
    }
  }

  /** close(pidfd); nothing when it cannot be closed (already closed, JNA gone). */
  public static void closePidfd(int pidfd) {
    try {
      Pidfd.close(pidfd);
    } catch (LinkageError | UnsupportedOperationException e) {
      // nothing was opened through a JNA that cannot load
    }
  }

  /**
   * The peer of each IPv4 address on a point-to-point NIC (tun, ppp), from getifaddrs(3)'s
   * ifa_dstaddr: keyed {@code "nic address"}, as psutil's {@code ptp}.
   *
   * @throws UnsupportedOperationException when JNA cannot load
   */
  public static Map<String, String> ipv4Peers() {
    try {
      return Ifaddrs.ipv4Peers();
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  /** glibc's malloc_trim(0): whether memory was given back to the kernel. */
  public static boolean mallocTrim() {
    try {
      return LibcCalls.mallocTrim();
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }
}

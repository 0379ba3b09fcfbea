package io.psutil4j.linux.nativeaccess;

import io.psutil4j.NicAddress;
import io.psutil4j.linux.parse.NetInet;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The native calls psutil makes on Linux where /proc cannot answer: priorities, I/O priorities,
 * resource limits, affinity, signals and the malloc heap. This class does not touch JNA itself:
 * when the JNA jar is missing, or its native part or libc cannot load, every method throws {@link
 * UnsupportedOperationException} saying why, and the rest of psutil4j works. Failures of the calls
 * carry the errno ({@link NativeError}).
 */
public final class NativeLinux {
  /** The JDK release from which JNI use warns without --enable-native-access (JEP 472). */
  private static final int RESTRICTED_FROM = 24;

  /** The kernel's FSHIFT: avenrun's fixed point. */
  private static final int FSHIFT = 11;

  /** sysinfo's loads are avenrun shifted up to SI_LOAD_SHIFT (16). */
  private static final int SI_LOAD_TO_AVENRUN = 16 - FSHIFT;

  /** glibc's _SC_NPROCESSORS_ONLN (84 on every Linux architecture glibc supports). */
  private static final int SC_NPROCESSORS_ONLN = 84;

  private NativeLinux() {}

  /**
   * A call that may load JNA: a JNA that cannot load is UnsupportedOperationException. Callers pass
   * lambdas, not method references to LibcCalls: a reference links LibcCalls, and so loads JNA, at
   * the call site, outside this try.
   */
  private static <T> T jna(Supplier<T> call) {
    try {
      return call.get();
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

  private static void jnaRun(Runnable call) {
    try {
      call.run();
    } catch (LinkageError e) {
      throw unavailable(e);
    }
  }

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
    static final boolean NATIVE_ACCESS_ENABLED = nativeAccessEnabled(NativeLinux.class.getModule());
    static final boolean ANSWER =
        loadsQuietly(Runtime.version().feature(), NativeLinux.class.getModule());
  }

  /** Whether JNA loads without a warning on JDK {@code feature} from {@code module}. */
  static boolean loadsQuietly(int feature, Module module) {
    return feature < RESTRICTED_FROM || nativeAccessEnabled(module);
  }

  /** Module.isNativeAccessEnabled (JDK 22+); we compile for 11, hence reflection. */
  private static boolean nativeAccessEnabled(Module module) {
    try {
      Method m = Module.class.getMethod("isNativeAccessEnabled");
      return Boolean.TRUE.equals(m.invoke(module));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The {@link KernelCalls} of this JVM, chosen once: FFM on JDK 22+ with native access enabled (a
   * restricted call would warn otherwise), else JNA where it loads quietly, else none (null): the
   * callers then read their /proc or /sys file.
   */
  private static final class QuietCalls {
    private static final String FFM_CLASS = "io.psutil4j.linux.nativeaccess.FfmKernelCalls";
    private static final int FFM_FROM = 22;

    static final @Nullable KernelCalls CHOSEN = choose();

    private static @Nullable KernelCalls choose() {
      if (Runtime.version().feature() >= FFM_FROM && QuietLoad.NATIVE_ACCESS_ENABLED) {
        try {
          // in META-INF/versions/22 of the jar: absent when the jar was built without a JDK 22+
          return (KernelCalls)
              Class.forName(FFM_CLASS)
                  .asSubclass(KernelCalls.class)
                  .getDeclaredConstructor()
                  .newInstance();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
          // no FFM class or no libc symbol: JNA, below, may still bind
        }
      }
      if (!QuietLoad.ANSWER) {
        return null;
      }
      try {
        return LibcCalls.available() ? new JnaKernelCalls() : null;
      } catch (LinkageError e) {
        return null;
      }
    }
  }

  /**
   * The quiet calls, else JNA even where it warns: for calls with no file to fall back on, and for
   * those whose callers asked {@link #fastPathsQuiet} first.
   */
  private static KernelCalls anyCalls() {
    KernelCalls quiet = QuietCalls.CHOSEN;
    return quiet != null ? quiet : new JnaKernelCalls();
  }

  private static KernelCalls quietCalls() {
    KernelCalls quiet = QuietCalls.CHOSEN;
    if (quiet == null) {
      throw new UnsupportedOperationException(
          "no native access without a warning: JDK "
              + Runtime.version().feature()
              + (QuietLoad.ANSWER ? " and JNA cannot load" : " without --enable-native-access"));
    }
    return quiet;
  }

  /**
   * Whether the fast paths ({@link #loadAverage}, {@link #statvfs}, {@link #onlineCpus}, {@link
   * #countEntries}, {@link #getNice}, {@link #getAffinity}, the network calls) answer here without
   * a warning; else the caller reads its file.
   */
  public static boolean fastPathsQuiet() {
    return QuietCalls.CHOSEN != null;
  }

  /** "ffm", "jna", or "none" when the fast paths are off: which binding this JVM uses. */
  public static String fastPathBinding() {
    KernelCalls quiet = QuietCalls.CHOSEN;
    return quiet != null ? quiet.binding() : "none";
  }

  /**
   * The 1, 5 and 15 minute load averages from sysinfo(2), rounded to hundredths exactly as the
   * kernel prints /proc/loadavg (avenrun + FIXED_1/200, then LOAD_INT and LOAD_FRAC), which is what
   * psutil's os.getloadavg() parses.
   */
  public static double[] loadAverage() {
    long[] loads = quietCalls().sysinfoLoads();
    double[] out = new double[loads.length];
    for (int i = 0; i < loads.length; i++) {
      long avenrun = (loads[i] >>> SI_LOAD_TO_AVENRUN) + (1 << FSHIFT) / 200;
      long hundredths =
          (avenrun >> FSHIFT) * 100 + (((avenrun & ((1 << FSHIFT) - 1)) * 100) >> FSHIFT);
      out[i] = hundredths / 100.0;
    }
    return out;
  }

  /** statvfs(path): {f_frsize, f_blocks, f_bfree, f_bavail}; NativeError with its errno. */
  public static long[] statvfs(String path) {
    return quietCalls().statvfs(path);
  }

  /** sysconf(_SC_NPROCESSORS_ONLN): psutil's cpu_count(logical=True); -1 when it has none. */
  public static long onlineCpus() {
    return quietCalls().sysconf(SC_NPROCESSORS_ONLN);
  }

  /** The entries of {@code dir} but "." and "..", counted by getdents64 without a name each. */
  public static int countEntries(String dir) {
    return quietCalls().countEntries(dir);
  }

  /**
   * The file at {@code path} (NUL-terminated bytes) read into {@code buf}: the bytes read, {@code
   * buf.length} when it may hold more. A fast path: only where {@link #fastPathsQuiet}.
   */
  public static int readFile(byte[] path, byte[] buf) {
    return quietCalls().readFile(path, buf);
  }

  /** getrusage(RUSAGE_SELF): {voluntary, involuntary} context switches of this whole process. */
  public static long[] selfCtxSwitches() {
    return jna(() -> LibcCalls.selfCtxSwitches());
  }

  /**
   * The entries of {@code dir} named by a positive decimal int (pids in /proc), unsorted, read by
   * getdents64 without a String per entry.
   */
  public static int[] numericEntries(String dir) {
    return jna(() -> anyCalls().numericEntries(dir));
  }

  /** getpriority(PRIO_PROCESS, pid): the nice value, -20..19. */
  public static int getNice(int pid) {
    return jna(() -> anyCalls().getNice(pid));
  }

  /** setpriority(PRIO_PROCESS, pid, value). */
  public static void setNice(int pid, int value) {
    jnaRun(() -> anyCalls().setNice(pid, value));
  }

  /** kill(pid, signal). */
  public static void kill(int pid, int signal) {
    jnaRun(() -> LibcCalls.kill(pid, signal));
  }

  /** prlimit(pid, resource, NULL, {soft, hard}); -1 is RLIM_INFINITY. */
  public static long[] getRlimit(int pid, int resource) {
    return jna(() -> anyCalls().getRlimit(pid, resource));
  }

  /** prlimit(pid, resource, {soft, hard}, NULL); -1 is RLIM_INFINITY. */
  public static void setRlimit(int pid, int resource, long soft, long hard) {
    jnaRun(() -> anyCalls().setRlimit(pid, resource, soft, hard));
  }

  /**
   * sched_getaffinity(pid): the CPUs the process may run on that are active, ascending, as psutil's
   * cpu_affinity().
   */
  public static int[] getAffinity(int pid) {
    return jna(() -> anyCalls().getAffinity(pid));
  }

  /** sched_setaffinity with a 1024-CPU mask, as psutil does. */
  public static void setAffinity(int pid, List<Integer> cpus) {
    jnaRun(() -> anyCalls().setAffinity(pid, CpuMask.of(cpus)));
  }

  /** ioprio_get(IOPRIO_WHO_PROCESS, pid): {class, data}. */
  public static int[] getIoprio(int pid) {
    return jna(() -> LibcCalls.getIoprio(pid));
  }

  /** ioprio_set(IOPRIO_WHO_PROCESS, pid, class << 13 | data). */
  public static void setIoprio(int pid, int ioclass, int data) {
    jnaRun(() -> LibcCalls.setIoprio(pid, ioclass, data));
  }

  /**
   * glibc's mallinfo2() (mallinfo() before 2.33): {heap_used, mmap_used}, bytes, of this process.
   *
   * @throws UnsupportedOperationException when JNA cannot load, or libc has neither (musl)
   */
  public static long[] mallinfo() {
    return jna(() -> LibcCalls.mallinfo());
  }

  /**
   * pidfd_open(pid, 0) (Linux 5.3+): a descriptor that keeps the process's exit status once it is
   * reaped (6.15+), or -1 when the kernel or JNA cannot give one. Close it with {@link
   * #closePidfd}.
   */
  public static int pidfdOpen(int pid) {
    return pidfdOrMinusOne(() -> Pidfd.open(pid));
  }

  /**
   * The wait status (as waitpid's) of the reaped process behind {@code pidfd}, from
   * ioctl(PIDFD_GET_INFO) with PIDFD_INFO_EXIT (Linux 6.15+); -1 when the kernel does not tell.
   */
  public static int pidfdExitStatus(int pidfd) {
    return pidfdOrMinusOne(() -> Pidfd.exitStatus(pidfd));
  }

  /** close(pidfd); nothing when it cannot be closed (already closed, JNA gone). */
  public static void closePidfd(int pidfd) {
    pidfdOrMinusOne(() -> Pidfd.close(pidfd)); // nothing was opened through a JNA that cannot load
  }

  /** A pidfd call, -1 where JNA cannot make it: the callers then do without the exit status. */
  private static int pidfdOrMinusOne(IntSupplier call) {
    try {
      return call.getAsInt();
    } catch (LinkageError | UnsupportedOperationException e) {
      return -1;
    }
  }

  /**
   * getifaddrs(3) walked as psutil's C net_if_addrs: every NIC in the order the list first names
   * it, with its entries in list order (MACs unpadded, unsorted); an empty list for a NIC none of
   * whose addresses can be written.
   *
   * @throws UnsupportedOperationException when JNA cannot load, or pointers are not 64-bit
   */
  public static Map<String, List<NicAddress>> nicAddresses() {
    return jna(() -> anyCalls().nicAddresses());
  }

  /**
   * psutil's net_if_stats ioctls for each NIC, on one AF_INET datagram socket: {@code {flags, mtu,
   * speed, duplex}} as the kernel gives them (SIOCGIFFLAGS, SIOCGIFMTU, ETHTOOL_GSET's 32-bit speed
   * and duplex byte), speed and duplex -1 where the driver has no ethtool answer (EOPNOTSUPP,
   * EINVAL, EBUSY, as psutil); null for a NIC that is gone (ENODEV).
   *
   * @throws UnsupportedOperationException when JNA cannot load
   */
  public static List<long[]> nicStats(List<String> nics) {
    return jna(() -> anyCalls().nicStats(nics));
  }

  /**
   * Every socket of {@code family} (2 AF_INET, 10 AF_INET6) and {@code protocol} (6 TCP, 17 UDP) in
   * this network namespace, from the kernel's NETLINK_SOCK_DIAG dump: the rows of
   * /proc/net/{tcp,udp}[6].
   *
   * @throws NativeError with the kernel's errno (ENOENT: no diag module for that protocol)
   * @throws UnsupportedOperationException when JNA cannot load
   */
  public static List<NetInet.Socket> inetSockets(int family, int protocol) {
    return jna(() -> anyCalls().inetSockets(family, protocol));
  }

  /** glibc's malloc_trim(0): whether memory was given back to the kernel. */
  public static boolean mallocTrim() {
    return jna(() -> LibcCalls.mallocTrim());
  }
}

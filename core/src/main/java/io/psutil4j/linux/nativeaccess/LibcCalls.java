package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The JNA binding of libc that every JNA class here uses, and the calls outside {@link
 * KernelCalls}: a missing JNA jar fails when this class loads, which NativeLinux turns into
 * UnsupportedOperationException. libc is bound on first use; when it cannot be, each call says why.
 */
final class LibcCalls {
  private static final int IOPRIO_WHO_PROCESS = 1;
  private static final int IOPRIO_CLASS_SHIFT = 13;
  private static final int RUSAGE_SELF = 0;
  // struct rusage: ru_utime, ru_stime (2 longs each), then 14 longs; ru_nvcsw is the 13th
  private static final int RUSAGE_LONGS = 4 + 14;
  private static final int RU_NVCSW = 4 + 12;

  private LibcCalls() {}

  /** Holds libc, bound when first needed, or why it could not be. */
  private static final class Holder {
    static final @Nullable LibC LIBC;
    static final @Nullable String WHY_NOT;

    static {
      LibC lib = null;
      String why = null;
      try {
        lib = loadWithoutLdconfig(LibC.class);
      } catch (LinkageError | RuntimeException e) {
        why = "JNA cannot load libc: " + e;
      }
      LIBC = lib;
      WHY_NOT = why;
    }
  }

  /**
   * JNA's NativeLibrary, when it first loads, forks {@code /sbin/ldconfig -p} to learn the library
   * search path, unless {@code jna.platform.library.path} is set; JNA then sets that property
   * itself. A fork from inside a host JVM (and the "process reaper" thread it leaves) is what the
   * agent must not do, and libc is found by its soname anyway: give JNA the usual paths for the
   * time of our own load, then take the property away again, so that it does not decide for a JNA
   * of the host's (which reads it when it first loads).
   */
  static <T extends Library> T loadWithoutLdconfig(Class<T> binding) {
    if (System.getProperty(PLATFORM_PATH) != null) {
      return Native.load("c", binding); // the host chose: its choice stays
    }
    System.setProperty(PLATFORM_PATH, STANDARD_LIBRARY_PATH);
    try {
      return Native.load("c", binding);
    } finally {
      // JNA sets it too, to ours: nothing of ours is left set after the load
      System.clearProperty(PLATFORM_PATH);
    }
  }

  private static final String PLATFORM_PATH = "jna.platform.library.path";
  private static final String STANDARD_LIBRARY_PATH =
      "/usr/lib/x86_64-linux-gnu:/lib/x86_64-linux-gnu:/usr/lib/aarch64-linux-gnu"
          + ":/lib/aarch64-linux-gnu:/usr/local/lib:/usr/lib64:/lib64:/usr/lib:/lib";

  static LibC libc() {
    if (Holder.LIBC == null) {
      throw new UnsupportedOperationException(Holder.WHY_NOT);
    }
    return Holder.LIBC;
  }

  /** Whether libc could be bound (for callers that want to skip rather than fail). */
  static boolean available() {
    return Holder.LIBC != null;
  }

  /** A libc call through JNA: the errno it sets becomes a NativeError naming {@code call}. */
  static <T> T checked(String call, Supplier<T> body) {
    try {
      return body.get();
    } catch (LastErrorException e) {
      throw new NativeError(call, e.getErrorCode());
    }
  }

  /** kill(pid, signal). */
  static void kill(int pid, int signal) {
    checked("kill", () -> libc().kill(pid, signal));
  }

  /** ioprio_get(IOPRIO_WHO_PROCESS, pid): {class, data}. A raw syscall, as glibc has no wrapper. */
  static int[] getIoprio(int pid) {
    NativeLong number = new NativeLong(LinuxAbi.syscall(LinuxAbi.IOPRIO_GET, "ionice"));
    long prio =
        checked("ioprio_get", () -> libc().syscall(number, IOPRIO_WHO_PROCESS, pid)).longValue();
    return new int[] {(int) (prio >> IOPRIO_CLASS_SHIFT), (int) (prio & 0x1FFF)};
  }

  /** ioprio_set(IOPRIO_WHO_PROCESS, pid, class << 13 | data). */
  static void setIoprio(int pid, int ioclass, int data) {
    NativeLong number = new NativeLong(LinuxAbi.syscall(LinuxAbi.IOPRIO_SET, "ionice"));
    int prio = (ioclass << IOPRIO_CLASS_SHIFT) | data;
    checked("ioprio_set", () -> libc().syscall(number, IOPRIO_WHO_PROCESS, pid, prio));
  }

  /**
   * getrusage(RUSAGE_SELF): {ru_nvcsw, ru_nivcsw}, the context switches of every thread of this
   * process, exited ones included. LP64 only (a C long of 8 bytes), which every 64-bit Linux is.
   */
  static long[] selfCtxSwitches() {
    if (Native.LONG_SIZE != Long.BYTES) {
      throw new UnsupportedOperationException(
          "getrusage is bound for 64-bit longs; this JVM has " + Native.LONG_SIZE + "-byte longs");
    }
    long[] usage = new long[RUSAGE_LONGS];
    checked("getrusage", () -> libc().getrusage(RUSAGE_SELF, usage));
    return new long[] {usage[RU_NVCSW], usage[RU_NVCSW + 1]};
  }

  /**
   * glibc's {@code mallinfo2()} (2.33+) or, before it, {@code mallinfo()} (ints that wrap past 2
   * GiB): {heap_used = uordblks, mmap_used = hblkhd}, bytes, of this process.
   *
   * @throws UnsupportedOperationException when JNA cannot load, or libc has neither (musl)
   */
  static long[] mallinfo() {
    return mallinfo(libc());
  }

  /** As {@link #mallinfo()} on {@code c}; JNA throws UnsatisfiedLinkError for a missing symbol. */
  static long[] mallinfo(LibC c) {
    try {
      LibC.Mallinfo2 m = c.mallinfo2();
      return new long[] {m.uordblks.longValue(), m.hblkhd.longValue()};
    } catch (UnsatisfiedLinkError noMallinfo2) {
      try {
        LibC.Mallinfo m = c.mallinfo();
        return new long[] {Integer.toUnsignedLong(m.uordblks), Integer.toUnsignedLong(m.hblkhd)};
      } catch (UnsatisfiedLinkError noMallinfo) {
        throw new UnsupportedOperationException(
            "heap_info needs glibc's mallinfo2() or mallinfo(); this libc has neither (musl?)");
      }
    }
  }

  /** glibc's {@code malloc_trim(0)}: gives free heap memory back to the kernel. */
  static boolean mallocTrim() {
    return mallocTrim(libc());
  }

  static boolean mallocTrim(LibC c) {
    try {
      return c.malloc_trim(new NativeLong(0)) != 0;
    } catch (UnsatisfiedLinkError e) {
      throw new UnsupportedOperationException(
          "heap_trim needs glibc's malloc_trim(); this libc lacks it (musl?)");
    }
  }
}

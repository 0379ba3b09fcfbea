package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.IntsBuilder;
import java.nio.ByteOrder;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The JNA side of {@link NativeLinux}: every reference to JNA lives here, so a missing JNA jar
 * fails when this class loads, which NativeLinux turns into UnsupportedOperationException. libc is
 * bound on first use (a holder class); when it cannot be, each call says why.
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

  /** kill(pid, signal). */
  static void kill(int pid, int signal) {
    try {
      libc().kill(pid, signal);
    } catch (LastErrorException e) {
      throw new NativeError("kill", e.getErrorCode());
    }
  }

  /** ioprio_get(IOPRIO_WHO_PROCESS, pid): {class, data}. A raw syscall, as glibc has no wrapper. */
  static int[] getIoprio(int pid) {
    try {
      long prio =
          libc().syscall(new NativeLong(Syscalls.ioprioGet()), IOPRIO_WHO_PROCESS, pid).longValue();
      return new int[] {(int) (prio >> IOPRIO_CLASS_SHIFT), (int) (prio & 0x1FFF)};
    } catch (LastErrorException e) {
      throw new NativeError("ioprio_get", e.getErrorCode());
    }
  }

  /** ioprio_set(IOPRIO_WHO_PROCESS, pid, class << 13 | data). */
  static void setIoprio(int pid, int ioclass, int data) {
    try {
      libc()
          .syscall(
              new NativeLong(Syscalls.ioprioSet()),
              IOPRIO_WHO_PROCESS,
              pid,
              (ioclass << IOPRIO_CLASS_SHIFT) | data);
    } catch (LastErrorException e) {
      throw new NativeError("ioprio_set", e.getErrorCode());
    }
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
    try {
      libc().getrusage(RUSAGE_SELF, usage);
    } catch (LastErrorException e) {
      throw new NativeError("getrusage", e.getErrorCode());
    }
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

  /** O_RDONLY | O_CLOEXEC, the same bits on every architecture (O_DIRECTORY is not). */
  private static final int O_RDONLY_CLOEXEC = 02000000;

  /** struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, then d_name. */
  private static final int D_RECLEN = 16;

  private static final int D_NAME = 19;
  private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;

  /** Per-thread getdents64 buffers; a class of their own, so JNA loads with the first listing. */
  private static final class Dirents {
    static final int BUFFER = 32 * 1024;
    static final NativeLong BUFFER_SIZE = new NativeLong(BUFFER);
    static final ThreadLocal<Memory> RECORDS = ThreadLocal.withInitial(() -> new Memory(BUFFER));
    static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[BUFFER]);

    private Dirents() {}
  }

  /**
   * The entries of {@code dir} named by a positive decimal int, in the kernel's order, parsed in
   * place from getdents64's records: no String or Path per entry.
   */
  static int[] numericEntries(String dir) {
    IntsBuilder out = new IntsBuilder(256);
    eachRecord(
        dir,
        (bytes, pos) -> {
          int value = decimalName(bytes, pos + D_NAME);
          if (value > 0) {
            out.add(value);
          }
        });
    return out.toArray();
  }

  /** The entries of {@code dir} but "." and "..", counted without a name or String each. */
  static int countEntries(String dir) {
    int[] n = {0};
    eachRecord(
        dir,
        (bytes, pos) -> {
          if (!isDotOrDotDot(bytes, pos + D_NAME)) {
            n[0]++;
          }
        });
    return n[0];
  }

  /** What is done with each getdents64 record, found at {@code pos} of {@code bytes}. */
  private interface RecordVisitor {
    void visit(byte[] bytes, int pos);
  }

  private static void eachRecord(String dir, RecordVisitor visitor) {
    int fd;
    try {
      fd = libc().open(dir, O_RDONLY_CLOEXEC);
    } catch (LastErrorException e) {
      throw new NativeError("open", e.getErrorCode());
    }
    try {
      Memory records = Dirents.RECORDS.get();
      byte[] bytes = Dirents.BYTES.get();
      while (true) {
        int got = libc().getdents64(fd, records, Dirents.BUFFER_SIZE).intValue();
        if (got == 0) {
          return;
        }
        records.read(0, bytes, 0, got);
        for (int pos = 0; pos < got; pos += reclen(bytes, pos)) {
          visitor.visit(bytes, pos);
        }
      }
    } catch (LastErrorException e) {
      throw new NativeError("getdents64", e.getErrorCode());
    } finally {
      libc().close(fd);
    }
  }

  private static boolean isDotOrDotDot(byte[] b, int name) {
    return b[name] == '.' && (b[name + 1] == 0 || (b[name + 1] == '.' && b[name + 2] == 0));
  }

  private static int reclen(byte[] b, int record) {
    int first = b[record + D_RECLEN] & 0xff;
    int second = b[record + D_RECLEN + 1] & 0xff;
    return LITTLE_ENDIAN ? first | second << 8 : first << 8 | second;
  }

  /** The NUL-terminated name at {@code from} as an int, or -1 unless it is 1 to 10 digits. */
  private static int decimalName(byte[] b, int from) {
    int end = from;
    while (b[end] != 0 && end - from <= 10) {
      end++;
    }
    long v = end - from > 10 ? -1 : ByteCursor.decimal(b, from, end);
    return v >= 0 && v <= Integer.MAX_VALUE ? (int) v : -1;
  }

  /** The syscall numbers this port knows, by architecture. */
  private static final class Syscalls {
    private Syscalls() {}

    static long ioprioGet() {
      return pick()[0];
    }

    static long ioprioSet() {
      return pick()[1];
    }

    private static long[] pick() {
      String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
      switch (arch) {
        case "amd64":
        case "x86_64":
          return new long[] {252, 251};
        case "aarch64":
        case "riscv64":
        case "loongarch64":
          return new long[] {31, 30}; // the generic syscall table
        case "x86":
        case "i386":
        case "i686":
          return new long[] {290, 289};
        default:
          throw new UnsupportedOperationException(
              "ionice: the ioprio syscall number for " + arch + " is not known to psutil4j");
      }
    }
  }
}

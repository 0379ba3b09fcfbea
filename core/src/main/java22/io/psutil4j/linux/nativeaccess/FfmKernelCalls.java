package io.psutil4j.linux.nativeaccess;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.MethodHandle;

/**
 * {@link KernelCalls} through the FFM API (final in JDK 22): compiled into the multi-release jar's
 * META-INF/versions/22, loaded by {@link NativeLinux} only when the JVM runs with native access
 * enabled for us, so no restricted-method warning reaches anyone's output. errno is captured by the
 * linker, as the JVM may itself change it between the call and a later read.
 */
final class FfmKernelCalls implements KernelCalls {
  private static final Linker LINKER = Linker.nativeLinker();
  private static final StructLayout CALL_STATE = Linker.Option.captureStateLayout();
  private static final long ERRNO =
      CALL_STATE.byteOffset(MemoryLayout.PathElement.groupElement("errno"));

  /** struct sysinfo and struct statvfs: 112 bytes on LP64. */
  private static final long STRUCT_BYTES = 112;

  private static final long SYSINFO_LOADS = 8;
  private static final long STATVFS_FRSIZE = 8;

  /** O_RDONLY | O_CLOEXEC, the same bits on every architecture. */
  private static final int O_RDONLY_CLOEXEC = 02000000;

  /** struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, then d_name. */
  private static final long D_RECLEN = 16;

  private static final long D_NAME = 19;
  private static final int DIRENT_BUFFER = 32 * 1024;

  /** Per-thread getdents64 buffers, freed when their thread is gone. */
  private static final ThreadLocal<MemorySegment> DIRENTS =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(DIRENT_BUFFER));

  private static final MethodHandle SYSINFO = withErrno("sysinfo", JAVA_INT, ADDRESS);
  private static final MethodHandle STATVFS = withErrno("statvfs", JAVA_INT, ADDRESS, ADDRESS);
  private static final MethodHandle PRLIMIT =
      withErrno("prlimit", JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
  private static final MethodHandle SYSCONF =
      bind("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));
  private static final MethodHandle OPEN = withErrno("open", JAVA_INT, ADDRESS, JAVA_INT);
  private static final MethodHandle GETDENTS64 =
      withErrno("getdents64", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);
  private static final MethodHandle CLOSE = bind("close", FunctionDescriptor.of(JAVA_INT, JAVA_INT));

  /** Restricted: NativeLinux loads this class only where native access is enabled. */
  @SuppressWarnings("restricted")
  private static MethodHandle bind(String name, FunctionDescriptor signature, Linker.Option... o) {
    MemorySegment symbol =
        LINKER
            .defaultLookup()
            .find(name)
            .orElseThrow(() -> new UnsupportedOperationException("libc has no " + name + "()"));
    return LINKER.downcallHandle(symbol, signature, o);
  }

  private static MethodHandle withErrno(
      String name, MemoryLayout result, MemoryLayout... arguments) {
    return bind(
        name,
        FunctionDescriptor.of(result, arguments),
        Linker.Option.captureCallState("errno"));
  }

  private static NativeError failure(String call, MemorySegment state) {
    return new NativeError(call, state.get(JAVA_INT, ERRNO));
  }

  /** A MethodHandle's invokeExact declares Throwable; the calls bound here throw nothing. */
  private static IllegalStateException unexpected(String call, Throwable t) {
    if (t instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (t instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(call + " threw " + t, t);
  }

  @Override
  public String binding() {
    return "ffm";
  }

  @Override
  public long[] sysinfoLoads() {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      MemorySegment info = arena.allocate(STRUCT_BYTES);
      if ((int) SYSINFO.invokeExact(state, info) != 0) {
        throw failure("sysinfo", state);
      }
      return info.asSlice(SYSINFO_LOADS, 3 * Long.BYTES).toArray(JAVA_LONG);
    } catch (Throwable t) {
      throw unexpected("sysinfo", t);
    }
  }

  @Override
  public long[] statvfs(String path) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      MemorySegment buf = arena.allocate(STRUCT_BYTES);
      if ((int) STATVFS.invokeExact(state, arena.allocateFrom(path), buf) != 0) {
        throw failure("statvfs", state);
      }
      // f_bsize, then f_frsize, f_blocks, f_bfree, f_bavail
      return buf.asSlice(STATVFS_FRSIZE, 4 * Long.BYTES).toArray(JAVA_LONG);
    } catch (Throwable t) {
      throw unexpected("statvfs", t);
    }
  }

  @Override
  public long[] getRlimit(int pid, int resource) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      MemorySegment old = arena.allocate(JAVA_LONG, 2);
      if ((int) PRLIMIT.invokeExact(state, pid, resource, MemorySegment.NULL, old) != 0) {
        throw failure("prlimit", state);
      }
      return old.toArray(JAVA_LONG);
    } catch (Throwable t) {
      throw unexpected("prlimit", t);
    }
  }

  @Override
  public void setRlimit(int pid, int resource, long soft, long hard) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      MemorySegment limit = arena.allocateFrom(JAVA_LONG, soft, hard);
      if ((int) PRLIMIT.invokeExact(state, pid, resource, limit, MemorySegment.NULL) != 0) {
        throw failure("prlimit", state);
      }
    } catch (Throwable t) {
      throw unexpected("prlimit", t);
    }
  }

  @Override
  public long sysconf(int name) {
    try {
      return (long) SYSCONF.invokeExact(name);
    } catch (Throwable t) {
      throw unexpected("sysconf", t);
    }
  }

  @Override
  public int countEntries(String dir) {
    int fd;
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      fd = (int) OPEN.invokeExact(state, arena.allocateFrom(dir), O_RDONLY_CLOEXEC);
      if (fd < 0) {
        throw failure("open", state);
      }
      try {
        return countRecords(fd, state);
      } finally {
        int ignored = (int) CLOSE.invokeExact(fd);
      }
    } catch (Throwable t) {
      throw unexpected("getdents64", t);
    }
  }

  private static int countRecords(int fd, MemorySegment state) throws Throwable {
    MemorySegment records = DIRENTS.get();
    int n = 0;
    while (true) {
      long got = (long) GETDENTS64.invokeExact(state, fd, records, (long) DIRENT_BUFFER);
      if (got < 0) {
        throw failure("getdents64", state);
      }
      if (got == 0) {
        return n;
      }
      for (long pos = 0; pos < got; pos += Short.toUnsignedInt(records.get(JAVA_SHORT, pos + D_RECLEN))) {
        if (!isDotOrDotDot(records, pos + D_NAME)) {
          n++;
        }
      }
    }
  }

  private static boolean isDotOrDotDot(MemorySegment records, long name) {
    byte first = records.get(JAVA_BYTE, name);
    byte second = records.get(JAVA_BYTE, name + 1);
    return first == '.' && (second == 0 || (second == '.' && records.get(JAVA_BYTE, name + 2) == 0));
  }
}

package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.CALL_STATE;
import static io.psutil4j.linux.nativeaccess.FfmLibc.bind;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
import static io.psutil4j.linux.nativeaccess.FfmLibc.withErrno;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import io.psutil4j.NicAddress;
import io.psutil4j.linux.parse.NetInet;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link KernelCalls} through the FFM API (final in JDK 22): compiled into the multi-release jar's
 * META-INF/versions/22, loaded by {@link NativeLinux} only when the JVM runs with native access
 * enabled for us, so no restricted-method warning reaches anyone's output. The network calls, the
 * directory listings and the file reads have classes of their own ({@link FfmIfaddrs}, {@link
 * FfmNicIoctls}, {@link FfmSockDiag}, {@link FfmDirents}, {@link FfmFileRead}).
 */
final class FfmKernelCalls implements KernelCalls {
  /** struct sysinfo and struct statvfs: 112 bytes on LP64. */
  private static final long STRUCT_BYTES = 112;

  private static final long SYSINFO_LOADS = 8;
  private static final long STATVFS_FRSIZE = 8;
  private static final int PRIO_PROCESS = 0;

  /** The getpriority syscall answers 20 - nice, never negative but for an error. */
  private static final int NICE_BIAS = 20;

  private static final MethodHandle SYSINFO = withErrno("sysinfo", JAVA_INT, ADDRESS);
  private static final MethodHandle STATVFS = withErrno("statvfs", JAVA_INT, ADDRESS, ADDRESS);
  private static final MethodHandle PRLIMIT =
      withErrno("prlimit", JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS, ADDRESS);
  private static final MethodHandle SYSCONF =
      bind("sysconf", FunctionDescriptor.of(JAVA_LONG, JAVA_INT));

  /**
   * The raw getpriority syscall, as glibc's wrapper gives -1 for both an error and nice -1, and
   * the linker captures errno after the call only (it cannot be cleared before).
   */
  private static final MethodHandle SYSCALL_3 =
      bind(
          "syscall",
          FunctionDescriptor.of(JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT),
          Linker.Option.captureCallState("errno"),
          Linker.Option.firstVariadicArg(1));

  private static final MethodHandle SETPRIORITY =
      withErrno("setpriority", JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT);
  private static final MethodHandle SCHED_GETAFFINITY =
      withErrno("sched_getaffinity", JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS);
  private static final MethodHandle SCHED_SETAFFINITY =
      withErrno("sched_setaffinity", JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS);

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
  public long sysconf(int name) {
    try {
      return (long) SYSCONF.invokeExact(name);
    } catch (Throwable t) {
      throw unexpected("sysconf", t);
    }
  }

  @Override
  public Map<String, List<NicAddress>> nicAddresses() {
    return FfmIfaddrs.addresses();
  }

  @Override
  public List<long[]> nicStats(List<String> nics) {
    return FfmNicIoctls.stats(nics);
  }

  @Override
  public List<NetInet.Socket> inetSockets(int family, int protocol) {
    return FfmSockDiag.inet(family, protocol);
  }

  @Override
  public int getNice(int pid) {
    if (GetPriority.NUMBER < 0) {
      throw new UnsupportedOperationException(
          "nice: the getpriority syscall number for " + GetPriority.ARCH + " is unknown here");
    }
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      long got = (long) SYSCALL_3.invokeExact(state, GetPriority.NUMBER, PRIO_PROCESS, pid);
      if (got < 0) {
        throw failure("getpriority", state);
      }
      return NICE_BIAS - (int) got;
    } catch (Throwable t) {
      throw unexpected("getpriority", t);
    }
  }

  @Override
  public void setNice(int pid, int value) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      if ((int) SETPRIORITY.invokeExact(state, PRIO_PROCESS, pid, value) != 0) {
        throw failure("setpriority", state);
      }
    } catch (Throwable t) {
      throw unexpected("setpriority", t);
    }
  }

  @Override
  public int[] getAffinity(int pid) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      for (int bytes = CpuMask.FIRST_BYTES; ; bytes *= 2) {
        MemorySegment mask = arena.allocate(bytes);
        if ((int) SCHED_GETAFFINITY.invokeExact(state, pid, (long) bytes, mask) == 0) {
          return CpuMask.cpus(mask.toArray(JAVA_BYTE), bytes);
        }
        // EINVAL: a mask smaller than the kernel's nr_cpu_ids, which psutil doubles too
        if (FfmLibc.errno(state) != NativeError.EINVAL || bytes >= CpuMask.MAX_BYTES) {
          throw failure("sched_getaffinity", state);
        }
      }
    } catch (Throwable t) {
      throw unexpected("sched_getaffinity", t);
    }
  }

  @Override
  public void setAffinity(int pid, byte[] mask) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      MemorySegment bits = arena.allocateFrom(JAVA_BYTE, mask);
      if ((int) SCHED_SETAFFINITY.invokeExact(state, pid, (long) mask.length, bits) != 0) {
        throw failure("sched_setaffinity", state);
      }
    } catch (Throwable t) {
      throw unexpected("sched_setaffinity", t);
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
  public int countEntries(String dir) {
    return FfmDirents.count(dir);
  }

  @Override
  public int[] numericEntries(String dir) {
    return FfmDirents.numeric(dir);
  }

  @Override
  public int readFile(byte[] path, byte[] buf) {
    return FfmFileRead.read(path, buf);
  }

  /** getpriority's syscall number, or -1 where psutil4j does not know it. */
  private static final class GetPriority {
    static final String ARCH = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    static final long NUMBER = number(ARCH);

    private static long number(String arch) {
      return switch (arch) {
        case "amd64", "x86_64" -> 140;
        case "aarch64", "riscv64", "loongarch64" -> 141; // the generic syscall table
        default -> -1;
      };
    }
  }
}

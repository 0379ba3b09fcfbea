package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.bind;
import static io.psutil4j.linux.nativeaccess.FfmLibc.call;
import static io.psutil4j.linux.nativeaccess.FfmLibc.check;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
import static io.psutil4j.linux.nativeaccess.FfmLibc.variadicWithErrno;
import static io.psutil4j.linux.nativeaccess.FfmLibc.withErrno;
import static io.psutil4j.linux.nativeaccess.LinuxAbi.PRIO_PROCESS;
import static io.psutil4j.linux.nativeaccess.LinuxAbi.STRUCT_BYTES;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.AF_INET;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ETHTOOL_CMD_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFNAMSIZ;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFREQ_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_CLOEXEC;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_DGRAM;
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
import java.util.Map;

/**
 * {@link KernelCalls} through the FFM API (final in JDK 22): compiled into the multi-release jar's
 * META-INF/versions/22, loaded by {@link NativeLinux} only when the JVM runs with native access
 * enabled for us, so no restricted-method warning reaches anyone's output. getifaddrs, the socket
 * dump and the file reads have classes of their own ({@link FfmIfaddrs}, {@link FfmSockDiag},
 * {@link FfmFileRead}).
 */
final class FfmKernelCalls implements KernelCalls {
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
      variadicWithErrno("syscall", 1, JAVA_LONG, JAVA_LONG, JAVA_INT, JAVA_INT);

  /** ioctl(int, unsigned long, ...): the third argument is variadic. */
  private static final MethodHandle IOCTL =
      variadicWithErrno("ioctl", 2, JAVA_INT, JAVA_INT, JAVA_LONG, ADDRESS);

  private static final MethodHandle GETDENTS64 =
      withErrno("getdents64", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);

  /** Per-thread getdents64 buffers, freed when their thread is gone. */
  private static final ThreadLocal<MemorySegment> RECORDS =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(DirentRecords.BUFFER));

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
    return call(
        "sysinfo",
        (arena, state) -> {
          MemorySegment info = arena.allocate(STRUCT_BYTES);
          check((int) SYSINFO.invokeExact(state, info), "sysinfo", state);
          return info.asSlice(LinuxAbi.SYSINFO_LOADS, 3 * Long.BYTES).toArray(JAVA_LONG);
        });
  }

  @Override
  public long[] statvfs(String path) {
    return call(
        "statvfs",
        (arena, state) -> {
          MemorySegment buf = arena.allocate(STRUCT_BYTES);
          check((int) STATVFS.invokeExact(state, arena.allocateFrom(path), buf), "statvfs", state);
          // f_bsize, then f_frsize, f_blocks, f_bfree, f_bavail
          return buf.asSlice(LinuxAbi.STATVFS_FRSIZE, 4 * Long.BYTES).toArray(JAVA_LONG);
        });
  }

  @Override
  public long sysconf(int name) {
    return call("sysconf", (arena, state) -> (long) SYSCONF.invokeExact(name));
  }

  @Override
  public Map<String, List<NicAddress>> nicAddresses() {
    return FfmIfaddrs.addresses();
  }

  /** psutil's ioctls on one AF_INET datagram socket, ifr_data pointing to ethtool_cmd's memory. */
  @Override
  public List<long[]> nicStats(List<String> nics) {
    return call(
        "ioctl",
        (arena, state) -> {
          int fd = FfmLibc.socket(state, AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0, "socket");
          try {
            MemorySegment ifreq = arena.allocate(IFREQ_SIZE, Long.BYTES);
            MemorySegment cmd = arena.allocate(ETHTOOL_CMD_SIZE, Long.BYTES);
            return NicIoctlLayout.stats(
                (request, req, data) -> {
                  MemorySegment.copy(req, 0, ifreq, JAVA_BYTE, 0, IFREQ_SIZE);
                  if (data != null) {
                    MemorySegment.copy(data, 0, cmd, JAVA_BYTE, 0, ETHTOOL_CMD_SIZE);
                    ifreq.set(ADDRESS, IFNAMSIZ, cmd);
                  }
                  try {
                    if ((int) IOCTL.invokeExact(state, fd, request, ifreq) != 0) {
                      return FfmLibc.errno(state);
                    }
                  } catch (Throwable t) {
                    throw unexpected("ioctl", t);
                  }
                  MemorySegment.copy(ifreq, JAVA_BYTE, 0, req, 0, IFREQ_SIZE);
                  if (data != null) {
                    MemorySegment.copy(cmd, JAVA_BYTE, 0, data, 0, ETHTOOL_CMD_SIZE);
                  }
                  return 0;
                },
                nics);
          } finally {
            int ignored = (int) FfmLibc.CLOSE.invokeExact(fd);
          }
        });
  }

  @Override
  public List<NetInet.Socket> inetSockets(int family, int protocol) {
    return FfmSockDiag.inet(family, protocol);
  }

  @Override
  public int getNice(int pid) {
    long number = LinuxAbi.syscall(LinuxAbi.GETPRIORITY, "nice");
    return call(
        "getpriority",
        (arena, state) -> {
          long got = (long) SYSCALL_3.invokeExact(state, number, PRIO_PROCESS, pid);
          if (got < 0) {
            throw failure("getpriority", state);
          }
          return NICE_BIAS - (int) got;
        });
  }

  @Override
  public void setNice(int pid, int value) {
    call(
        "setpriority",
        (arena, state) ->
            check((int) SETPRIORITY.invokeExact(state, PRIO_PROCESS, pid, value), "setpriority", state));
  }

  @Override
  public int[] getAffinity(int pid) {
    return call(
        "sched_getaffinity",
        (arena, state) -> {
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
        });
  }

  @Override
  public void setAffinity(int pid, byte[] mask) {
    call(
        "sched_setaffinity",
        (arena, state) -> {
          MemorySegment bits = arena.allocateFrom(JAVA_BYTE, mask);
          int got = (int) SCHED_SETAFFINITY.invokeExact(state, pid, (long) mask.length, bits);
          return check(got, "sched_setaffinity", state);
        });
  }

  @Override
  public long[] getRlimit(int pid, int resource) {
    return call(
        "prlimit",
        (arena, state) -> {
          MemorySegment old = arena.allocate(JAVA_LONG, 2);
          int got = (int) PRLIMIT.invokeExact(state, pid, resource, MemorySegment.NULL, old);
          check(got, "prlimit", state);
          return old.toArray(JAVA_LONG);
        });
  }

  @Override
  public void setRlimit(int pid, int resource, long soft, long hard) {
    call(
        "prlimit",
        (arena, state) -> {
          MemorySegment limit = arena.allocateFrom(JAVA_LONG, soft, hard);
          int got = (int) PRLIMIT.invokeExact(state, pid, resource, limit, MemorySegment.NULL);
          return check(got, "prlimit", state);
        });
  }

  @Override
  public DirentRecords list(String dir, DirentRecords sink) {
    return call(
        "getdents64",
        (arena, state) -> {
          MemorySegment path = arena.allocateFrom(dir);
          int fd = (int) FfmLibc.OPEN.invokeExact(state, path, LinuxAbi.O_RDONLY_CLOEXEC);
          if (fd < 0) {
            throw failure("open", state);
          }
          try {
            MemorySegment records = RECORDS.get();
            byte[] bytes = DirentRecords.buffer();
            while (true) {
              long got = (long) GETDENTS64.invokeExact(state, fd, records, (long) bytes.length);
              if (got < 0) {
                throw failure("getdents64", state);
              }
              if (got == 0) {
                return sink;
              }
              MemorySegment.copy(records, JAVA_BYTE, 0, bytes, 0, (int) got);
              sink.accept(bytes, (int) got);
            }
          } finally {
            int ignored = (int) FfmLibc.CLOSE.invokeExact(fd);
          }
        });
  }

  @Override
  public int readFile(byte[] path, byte[] buf) {
    return FfmFileRead.read(path, buf);
  }
}

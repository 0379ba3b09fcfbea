package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.LibcCalls.checked;
import static io.psutil4j.linux.nativeaccess.LinuxAbi.PRIO_PROCESS;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.AF_INET;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.ETHTOOL_CMD_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFNAMSIZ;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.IFREQ_SIZE;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_CLOEXEC;
import static io.psutil4j.linux.nativeaccess.NicIoctlLayout.SOCK_DGRAM;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.parse.NetInet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** {@link KernelCalls} through JNA: for JDKs before 22, where the FFM API is not final. */
final class JnaKernelCalls implements KernelCalls {
  private static final int SYSINFO_LOADS = LinuxAbi.SYSINFO_LOADS / Long.BYTES;
  private static final int STATVFS_FRSIZE = LinuxAbi.STATVFS_FRSIZE / Long.BYTES;

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
    long[] info = new long[LinuxAbi.STRUCT_BYTES / Long.BYTES];
    checked("sysinfo", () -> JnaDirect.sysinfo(info));
    return Arrays.copyOfRange(info, SYSINFO_LOADS, SYSINFO_LOADS + 3);
  }

  @Override
  public long[] statvfs(String path) {
    long[] buf = new long[LinuxAbi.STRUCT_BYTES / Long.BYTES];
    checked("statvfs", () -> JnaDirect.statvfs(path, buf));
    return Arrays.copyOfRange(buf, STATVFS_FRSIZE, STATVFS_FRSIZE + 4);
  }

  @Override
  public long sysconf(int name) {
    return JnaDirect.sysconf(name).longValue();
  }

  @Override
  public Map<String, List<NicAddress>> nicAddresses() {
    return Ifaddrs.addresses();
  }

  /** psutil's ioctls on one AF_INET datagram socket, ifr_data pointing to ethtool_cmd's memory. */
  @Override
  public List<long[]> nicStats(List<String> nics) {
    LibC net = LibcCalls.libc();
    int fd = checked("socket", () -> net.socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0));
    try {
      Memory ifreq = new Memory(IFREQ_SIZE);
      Memory cmd = new Memory(ETHTOOL_CMD_SIZE);
      return NicIoctlLayout.stats(
          (request, req, data) -> {
            ifreq.write(0, req, 0, IFREQ_SIZE);
            if (data != null) {
              cmd.write(0, data, 0, ETHTOOL_CMD_SIZE);
              ifreq.setPointer(IFNAMSIZ, cmd);
            }
            try {
              net.ioctl(fd, new NativeLong(request), ifreq);
            } catch (LastErrorException e) {
              return e.getErrorCode();
            }
            ifreq.read(0, req, 0, IFREQ_SIZE);
            if (data != null) {
              cmd.read(0, data, 0, ETHTOOL_CMD_SIZE);
            }
            return 0;
          },
          nics);
    } finally {
      net.close(fd);
    }
  }

  @Override
  public List<NetInet.Socket> inetSockets(int family, int protocol) {
    return SockDiag.inet(family, protocol);
  }

  @Override
  public int getNice(int pid) {
    return checked("getpriority", () -> JnaDirect.getpriority(PRIO_PROCESS, pid));
  }

  @Override
  public void setNice(int pid, int value) {
    checked("setpriority", () -> LibcCalls.libc().setpriority(PRIO_PROCESS, pid, value));
  }

  @Override
  public int[] getAffinity(int pid) {
    for (int bytes = CpuMask.FIRST_BYTES; ; bytes *= 2) {
      byte[] mask = new byte[bytes];
      try {
        JnaDirect.sched_getaffinity(pid, new NativeLong(bytes), mask);
        return CpuMask.cpus(mask, bytes);
      } catch (LastErrorException e) {
        if (e.getErrorCode() != NativeError.EINVAL || bytes >= CpuMask.MAX_BYTES) {
          throw new NativeError("sched_getaffinity", e.getErrorCode());
        }
        // a mask smaller than the kernel's nr_cpu_ids: psutil doubles it too
      }
    }
  }

  @Override
  public void setAffinity(int pid, byte[] mask) {
    NativeLong size = new NativeLong(mask.length);
    checked("sched_setaffinity", () -> LibcCalls.libc().sched_setaffinity(pid, size, mask));
  }

  @Override
  public long[] getRlimit(int pid, int resource) {
    long[] old = new long[2];
    checked("prlimit", () -> JnaDirect.prlimit(pid, resource, null, old));
    return old;
  }

  @Override
  public void setRlimit(int pid, int resource, long soft, long hard) {
    checked("prlimit", () -> JnaDirect.prlimit(pid, resource, new long[] {soft, hard}, null));
  }

  /** Per-thread getdents64 buffers; a class of their own, so JNA loads with the first listing. */
  private static final class Dirents {
    static final NativeLong BUFFER_SIZE = new NativeLong(DirentRecords.BUFFER);
    static final ThreadLocal<Memory> RECORDS =
        ThreadLocal.withInitial(() -> new Memory(DirentRecords.BUFFER));

    private Dirents() {}
  }

  @Override
  public DirentRecords list(String dir, DirentRecords sink) {
    LibC c = LibcCalls.libc();
    int fd = checked("open", () -> c.open(dir, LinuxAbi.O_RDONLY_CLOEXEC));
    try {
      Memory records = Dirents.RECORDS.get();
      byte[] bytes = DirentRecords.buffer();
      while (true) {
        int got =
            checked("getdents64", () -> c.getdents64(fd, records, Dirents.BUFFER_SIZE)).intValue();
        if (got == 0) {
          return sink;
        }
        records.read(0, bytes, 0, got);
        sink.accept(bytes, got);
      }
    } finally {
      c.close(fd);
    }
  }

  @Override
  public int readFile(byte[] path, byte[] buf) {
    int fd = checked("open", () -> JnaDirect.open(path, LinuxAbi.O_RDONLY_CLOEXEC));
    try {
      Memory bytes = ReadBuffer.atLeast(buf.length);
      int len = 0;
      while (len < buf.length) {
        NativeLong count = new NativeLong(buf.length - len);
        int from = len;
        long got = checked("read", () -> JnaDirect.read(fd, bytes.share(from), count)).longValue();
        if (got == 0) {
          break;
        }
        len += (int) got;
      }
      bytes.read(0, buf, 0, len);
      return len;
    } finally {
      JnaDirect.close(fd);
    }
  }

  /** The native side of {@link #readFile}, per thread, as large as the largest read so far. */
  private static final class ReadBuffer {
    static final ThreadLocal<Memory> KEPT = new ThreadLocal<>();

    private ReadBuffer() {}

    static Memory atLeast(int size) {
      Memory kept = KEPT.get();
      if (kept == null || kept.size() < size) {
        kept = new Memory(size);
        KEPT.set(kept);
      }
      return kept;
    }
  }
}

package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.NativeLong;
import io.psutil4j.NicAddress;
import io.psutil4j.linux.parse.NetInet;
import java.util.List;
import java.util.Map;

/** {@link KernelCalls} through JNA: for JDKs before 22, where the FFM API is not final. */
final class JnaKernelCalls implements KernelCalls {
  /** struct sysinfo and struct statvfs are 112 bytes on LP64: 14 longs each. */
  private static final int STRUCT_LONGS = 14;

  private static final int SYSINFO_LOADS = 1;
  private static final int STATVFS_FRSIZE = 1;
  private static final int PRIO_PROCESS = 0;

  /** O_RDONLY | O_CLOEXEC, the same bits on every architecture. */
  private static final int O_RDONLY_CLOEXEC = 02000000;

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
    long[] info = new long[STRUCT_LONGS];
    try {
      JnaDirect.sysinfo(info);
    } catch (LastErrorException e) {
      throw new NativeError("sysinfo", e.getErrorCode());
    }
    return new long[] {info[SYSINFO_LOADS], info[SYSINFO_LOADS + 1], info[SYSINFO_LOADS + 2]};
  }

  @Override
  public long[] statvfs(String path) {
    long[] buf = new long[STRUCT_LONGS];
    try {
      JnaDirect.statvfs(path, buf);
    } catch (LastErrorException e) {
      throw new NativeError("statvfs", e.getErrorCode());
    }
    // f_bsize, f_frsize, f_blocks, f_bfree, f_bavail: the four after f_bsize
    return new long[] {
      buf[STATVFS_FRSIZE], buf[STATVFS_FRSIZE + 1], buf[STATVFS_FRSIZE + 2], buf[STATVFS_FRSIZE + 3]
    };
  }

  @Override
  public long sysconf(int name) {
    return JnaDirect.sysconf(name).longValue();
  }

  @Override
  public Map<String, List<NicAddress>> nicAddresses() {
    return Ifaddrs.addresses();
  }

  @Override
  public List<long[]> nicStats(List<String> nics) {
    return NicIoctls.stats(nics);
  }

  @Override
  public List<NetInet.Socket> inetSockets(int family, int protocol) {
    return SockDiag.inet(family, protocol);
  }

  @Override
  public int getNice(int pid) {
    try {
      return JnaDirect.getpriority(PRIO_PROCESS, pid);
    } catch (LastErrorException e) {
      throw new NativeError("getpriority", e.getErrorCode());
    }
  }

  @Override
  public void setNice(int pid, int value) {
    try {
      LibcCalls.libc().setpriority(PRIO_PROCESS, pid, value);
    } catch (LastErrorException e) {
      throw new NativeError("setpriority", e.getErrorCode());
    }
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
    try {
      LibcCalls.libc().sched_setaffinity(pid, new NativeLong(mask.length), mask);
    } catch (LastErrorException e) {
      throw new NativeError("sched_setaffinity", e.getErrorCode());
    }
  }

  @Override
  public long[] getRlimit(int pid, int resource) {
    long[] old = new long[2];
    try {
      JnaDirect.prlimit(pid, resource, null, old);
    } catch (LastErrorException e) {
      throw new NativeError("prlimit", e.getErrorCode());
    }
    return old;
  }

  @Override
  public void setRlimit(int pid, int resource, long soft, long hard) {
    try {
      JnaDirect.prlimit(pid, resource, new long[] {soft, hard}, null);
    } catch (LastErrorException e) {
      throw new NativeError("prlimit", e.getErrorCode());
    }
  }

  @Override
  public int countEntries(String dir) {
    return LibcCalls.countEntries(dir);
  }

  @Override
  public int[] numericEntries(String dir) {
    return LibcCalls.numericEntries(dir);
  }

  @Override
  public int readFile(byte[] path, byte[] buf) {
    int fd;
    try {
      fd = JnaDirect.open(path, O_RDONLY_CLOEXEC);
    } catch (LastErrorException e) {
      throw new NativeError("open", e.getErrorCode());
    }
    try {
      Memory bytes = ReadBuffer.atLeast(buf.length);
      int len = 0;
      while (len < buf.length) {
        long got =
            JnaDirect.read(fd, bytes.share(len), new NativeLong(buf.length - len)).longValue();
        if (got == 0) {
          break;
        }
        len += (int) got;
      }
      bytes.read(0, buf, 0, len);
      return len;
    } catch (LastErrorException e) {
      throw new NativeError("read", e.getErrorCode());
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

package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.lang.reflect.Proxy;
import org.jspecify.annotations.Nullable;

/**
 * The fast-path libc calls through JNA's direct mapping (static natives registered on the libc that
 * {@link LibcCalls} loaded): several times cheaper per call than the interface proxy, which builds
 * an argument array and looks the method up on every call.
 */
final class JnaDirect {
  static {
    Library.Handler handler = (Library.Handler) Proxy.getInvocationHandler(LibcCalls.libc());
    Native.register(JnaDirect.class, handler.getNativeLibrary());
  }

  private JnaDirect() {}

  /** {@code struct sysinfo}: 112 bytes on LP64, as long[14]. */
  static native int sysinfo(long[] info) throws LastErrorException;

  /** {@code struct statvfs}: 112 bytes on LP64, as long[14]. */
  static native int statvfs(String path, long[] buf) throws LastErrorException;

  /** {@code struct rlimit} is two rlim_t (u64): {@code newLimit}/{@code oldLimit} are long[2]. */
  static native int prlimit(
      int pid, int resource, long @Nullable [] newLimit, long @Nullable [] oldLimit)
      throws LastErrorException;

  /** -1 without errno for a name that has no value: no LastErrorException. */
  static native NativeLong sysconf(int name);

  /** -1 is a nice value too: JNA clears errno before the call and throws only when it is set. */
  static native int getpriority(int which, int who) throws LastErrorException;

  static native int sched_getaffinity(int pid, NativeLong size, byte[] mask)
      throws LastErrorException;

  /** {@code path} NUL-terminated; never O_CREAT, so no mode. */
  static native int open(byte[] path, int flags) throws LastErrorException;

  static native NativeLong read(int fd, Pointer buf, NativeLong count) throws LastErrorException;

  static native int close(int fd);
}

package io.psutil4j.linux.nativeaccess;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
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
}

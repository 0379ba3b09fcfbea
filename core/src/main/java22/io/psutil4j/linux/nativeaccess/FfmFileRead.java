package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.CALL_STATE;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
import static io.psutil4j.linux.nativeaccess.FfmLibc.withErrno;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * A small file read whole by open and read through FFM, into per-thread native memory and then the
 * caller's array: no String, Path, stream or arena per read.
 */
final class FfmFileRead {
  /** Linux's PATH_MAX, the NUL included. */
  private static final int PATH_MAX = 4096;

  private static final int FIRST_BUFFER = 32 * 1024;

  private static final MethodHandle READ =
      withErrno("read", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);

  private static final ThreadLocal<Segments> SEGMENTS = ThreadLocal.withInitial(Segments::new);

  private FfmFileRead() {}

  /** As {@link KernelCalls#readFile}. */
  static int read(byte[] path, byte[] buf) {
    if (path.length > PATH_MAX) {
      throw new IllegalArgumentException("a path of " + path.length + " bytes, over PATH_MAX");
    }
    Segments s = SEGMENTS.get();
    MemorySegment.copy(path, 0, s.path, JAVA_BYTE, 0, path.length);
    MemorySegment data = s.atLeast(buf.length);
    try {
      int fd = (int) FfmLibc.OPEN.invokeExact(s.state, s.path, LinuxAbi.O_RDONLY_CLOEXEC);
      if (fd < 0) {
        throw failure("open", s.state);
      }
      try {
        long len = 0;
        while (len < buf.length) {
          long got = (long) READ.invokeExact(s.state, fd, data.asSlice(len), buf.length - len);
          if (got < 0) {
            throw failure("read", s.state);
          }
          if (got == 0) {
            break;
          }
          len += got;
        }
        MemorySegment.copy(data, JAVA_BYTE, 0, buf, 0, (int) len);
        return (int) len;
      } finally {
        int ignored = (int) FfmLibc.CLOSE.invokeExact(fd);
      }
    } catch (Throwable t) {
      throw unexpected("read", t);
    }
  }

  /** One thread's native memory, the data part as large as the largest read so far. */
  private static final class Segments {
    final MemorySegment state = Arena.ofAuto().allocate(CALL_STATE);
    final MemorySegment path = Arena.ofAuto().allocate(PATH_MAX);
    private MemorySegment data = Arena.ofAuto().allocate(FIRST_BUFFER);

    MemorySegment atLeast(long size) {
      if (data.byteSize() < size) {
        data = Arena.ofAuto().allocate(size);
      }
      return data;
    }
  }
}

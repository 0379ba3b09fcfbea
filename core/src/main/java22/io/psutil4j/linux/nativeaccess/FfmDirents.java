package io.psutil4j.linux.nativeaccess;

import static io.psutil4j.linux.nativeaccess.FfmLibc.call;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.withErrno;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** Directory listings through getdents64 and FFM (what LibcCalls does through JNA). */
final class FfmDirents {
  /** Per-thread getdents64 buffers, freed when their thread is gone. */
  private static final ThreadLocal<MemorySegment> RECORDS =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(DirentRecords.BUFFER));

  private static final MethodHandle GETDENTS64 =
      withErrno("getdents64", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);

  private FfmDirents() {}

  /** As {@link KernelCalls#list}. */
  static DirentRecords list(String dir, DirentRecords sink) {
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
}

package io.psutil4j.linux.nativeaccess;

import io.psutil4j.linux.parse.IntsBuilder;
import static io.psutil4j.linux.nativeaccess.FfmLibc.CALL_STATE;
import static io.psutil4j.linux.nativeaccess.FfmLibc.failure;
import static io.psutil4j.linux.nativeaccess.FfmLibc.unexpected;
import static io.psutil4j.linux.nativeaccess.FfmLibc.withErrno;
import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;
import static java.lang.foreign.ValueLayout.JAVA_SHORT;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.Arrays;

/**
 * Directory listings through getdents64 and FFM, read in place from the kernel's records: no
 * String or Path per entry (what LibcCalls does through JNA).
 */
final class FfmDirents {
  /** struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, then d_name. */
  private static final long D_RECLEN = 16;

  private static final long D_NAME = 19;
  private static final int BUFFER = 32 * 1024;

  /** The most digits an int has. */
  private static final int INT_DIGITS = 10;

  /** Per-thread getdents64 buffers, freed when their thread is gone. */
  private static final ThreadLocal<MemorySegment> RECORDS =
      ThreadLocal.withInitial(() -> Arena.ofAuto().allocate(BUFFER));

  private static final MethodHandle GETDENTS64 =
      withErrno("getdents64", JAVA_LONG, JAVA_INT, ADDRESS, JAVA_LONG);

  private FfmDirents() {}

  /** What is done with each record, found at {@code pos} of {@code records}. */
  private interface RecordVisitor {
    void visit(MemorySegment records, long pos);
  }

  /** The entries of {@code dir} but "." and "..". */
  static int count(String dir) {
    int[] n = {0};
    eachRecord(
        dir,
        (records, pos) -> {
          if (!isDotOrDotDot(records, pos + D_NAME)) {
            n[0]++;
          }
        });
    return n[0];
  }

  /** The entries of {@code dir} named by a positive decimal int, in the kernel's order. */
  static int[] numeric(String dir) {
    IntsBuilder out = new IntsBuilder(256);
    eachRecord(
        dir,
        (records, pos) -> {
          int value = decimalName(records, pos + D_NAME);
          if (value > 0) {
            out.add(value);
          }
        });
    return out.toArray();
  }

  private static void eachRecord(String dir, RecordVisitor visitor) {
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment state = arena.allocate(CALL_STATE);
      int fd =
          (int) FfmLibc.OPEN.invokeExact(state, arena.allocateFrom(dir), FfmLibc.O_RDONLY_CLOEXEC);
      if (fd < 0) {
        throw failure("open", state);
      }
      try {
        MemorySegment records = RECORDS.get();
        while (true) {
          long got = (long) GETDENTS64.invokeExact(state, fd, records, (long) BUFFER);
          if (got < 0) {
            throw failure("getdents64", state);
          }
          if (got == 0) {
            return;
          }
          for (long pos = 0; pos < got; pos += reclen(records, pos)) {
            visitor.visit(records, pos);
          }
        }
      } finally {
        int ignored = (int) FfmLibc.CLOSE.invokeExact(fd);
      }
    } catch (Throwable t) {
      throw unexpected("getdents64", t);
    }
  }

  private static int reclen(MemorySegment records, long pos) {
    return Short.toUnsignedInt(records.get(JAVA_SHORT, pos + D_RECLEN));
  }

  private static boolean isDotOrDotDot(MemorySegment records, long name) {
    byte first = records.get(JAVA_BYTE, name);
    byte second = records.get(JAVA_BYTE, name + 1);
    return first == '.'
        && (second == 0 || (second == '.' && records.get(JAVA_BYTE, name + 2) == 0));
  }

  /** The NUL-terminated name at {@code from} as an int, or -1 unless it is 1 to 10 digits. */
  private static int decimalName(MemorySegment records, long from) {
    long value = 0;
    for (int i = 0; i <= INT_DIGITS; i++) {
      byte b = records.get(JAVA_BYTE, from + i);
      if (b == 0) {
        return i > 0 && value <= Integer.MAX_VALUE ? (int) value : -1;
      }
      if (b < '0' || b > '9' || i == INT_DIGITS) {
        return -1;
      }
      value = value * 10 + (b - '0');
    }
    return -1;
  }
}

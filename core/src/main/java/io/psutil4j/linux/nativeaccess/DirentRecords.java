package io.psutil4j.linux.nativeaccess;

import io.psutil4j.linux.parse.ByteCursor;
import io.psutil4j.linux.parse.IntsBuilder;
import java.nio.ByteOrder;

/**
 * What one directory listing gathers from getdents64's records, read in place with no String or
 * Path per entry: the entries but "." and "..", or those named by a positive decimal int. Both
 * bindings copy each batch of records into this thread's {@link #buffer()} and hand it over.
 */
final class DirentRecords {
  /** The bytes one getdents64 call may fill. */
  static final int BUFFER = 32 * 1024;

  /** struct linux_dirent64: u64 d_ino, s64 d_off, u16 d_reclen, u8 d_type, then d_name. */
  private static final int D_RECLEN = 16;

  private static final int D_NAME = 19;
  private static final boolean LITTLE_ENDIAN = ByteOrder.nativeOrder() == ByteOrder.LITTLE_ENDIAN;
  private static final ThreadLocal<byte[]> BYTES = ThreadLocal.withInitial(() -> new byte[BUFFER]);

  private final boolean numeric;
  private final IntsBuilder numbers;
  private int count;

  private DirentRecords(boolean numeric) {
    this.numeric = numeric;
    this.numbers = new IntsBuilder(numeric ? 256 : 1);
  }

  /** Counts the entries but "." and "..". */
  static DirentRecords counting() {
    return new DirentRecords(false);
  }

  /** Keeps the entries named by a positive decimal int, in the kernel's order. */
  static DirentRecords numeric() {
    return new DirentRecords(true);
  }

  /** This thread's array for one batch of records. */
  static byte[] buffer() {
    return BYTES.get();
  }

  /** Takes the {@code got} bytes of records at the start of {@code b}. */
  void accept(byte[] b, int got) {
    for (int pos = 0; pos < got; pos += reclen(b, pos)) {
      if (numeric) {
        int value = decimalName(b, pos + D_NAME);
        if (value > 0) {
          numbers.add(value);
        }
      } else if (!isDotOrDotDot(b, pos + D_NAME)) {
        count++;
      }
    }
  }

  int count() {
    return count;
  }

  int[] numbers() {
    return numbers.toArray();
  }

  private static boolean isDotOrDotDot(byte[] b, int name) {
    return b[name] == '.' && (b[name + 1] == 0 || (b[name + 1] == '.' && b[name + 2] == 0));
  }

  private static int reclen(byte[] b, int record) {
    int first = b[record + D_RECLEN] & 0xff;
    int second = b[record + D_RECLEN + 1] & 0xff;
    return LITTLE_ENDIAN ? first | second << 8 : first << 8 | second;
  }

  /** The NUL-terminated name at {@code from} as an int, or -1 unless it is 1 to 10 digits. */
  private static int decimalName(byte[] b, int from) {
    int end = from;
    while (b[end] != 0 && end - from <= 10) {
      end++;
    }
    long v = end - from > 10 ? -1 : ByteCursor.decimal(b, from, end);
    return v >= 0 && v <= Integer.MAX_VALUE ? (int) v : -1;
  }
}

package io.psutil4j.linux;

import io.psutil4j.linux.parse.ParseException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * /proc/self/auxv: the ELF auxiliary vector the kernel gave this process, pairs of native-endian
 * words. It carries CLK_TCK ({@code AT_CLKTCK}) and the page size ({@code AT_PAGESZ}), the two
 * sysconf values psutil needs, without a native call.
 */
final class Auxv {
  public static final long AT_NULL = 0;
  public static final long AT_PAGESZ = 6;
  public static final long AT_CLKTCK = 17;

  private Auxv() {}

  /**
   * The value of entry {@code type}, or -1 when the vector does not carry it.
   *
   * @param wordSize 8 on a 64-bit kernel, 4 on a 32-bit one
   */
  public static long value(Object file, byte[] buf, int len, int wordSize, long type) {
    if (wordSize != 4 && wordSize != 8) {
      throw new IllegalArgumentException("word size must be 4 or 8, got " + wordSize);
    }
    ByteBuffer words = ByteBuffer.wrap(buf, 0, len).order(ByteOrder.nativeOrder());
    int entry = 0;
    while (words.remaining() >= 2 * wordSize) {
      long key = wordSize == 8 ? words.getLong() : words.getInt() & 0xFFFF_FFFFL;
      long val = wordSize == 8 ? words.getLong() : words.getInt() & 0xFFFF_FFFFL;
      entry++;
      if (key == AT_NULL) {
        return -1;
      }
      if (key == type) {
        return val;
      }
    }
    if (words.hasRemaining()) {
      throw new ParseException(file, 1, "entry " + entry, "truncated auxiliary vector");
    }
    return -1;
  }
}

package io.psutil4j.benchmarks.nativeaccess;

import com.sun.jna.Native;
import com.sun.jna.Pointer;

/** glibc malloc and free called directly, to build and probe a native heap. */
public final class RawMalloc {
  private RawMalloc() {}

  /** malloc({@code bytes}): the block's address, 0 when none was given. */
  public static long malloc(long bytes) {
    return Native.malloc(bytes);
  }

  /** Writes {@code value} into each of the {@code bytes} bytes at {@code address}. */
  public static void fill(long address, long bytes, byte value) {
    new Pointer(address).setMemory(0, bytes, value);
  }

  /** free() of a block {@link #malloc} gave. */
  public static void free(long address) {
    Native.free(address);
  }
}

package io.psutil4j.benchmarks.nativeaccess;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * Anonymous private mappings made and removed with libc's mmap and munmap: each call takes the
 * process's mmap lock for writing, the lock a page-table walk such as smaps_rollup holds for
 * reading.
 */
public final class RawMmap {
  private static final int PROT_READ_WRITE = 0x1 | 0x2;
  private static final int MAP_PRIVATE_ANONYMOUS = 0x02 | 0x20;
  private static final long MAP_FAILED = -1L;

  static {
    Native.register(RawMmap.class, NativeLibrary.getInstance("c"));
  }

  private RawMmap() {}

  private static native long mmap(long addr, long length, int prot, int flags, int fd, long off);

  private static native int munmap(long addr, long length);

  /** A fresh read-write anonymous mapping of {@code bytes}; its address. */
  public static long map(long bytes) {
    long address = mmap(0, bytes, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0);
    if (address == MAP_FAILED) {
      throw new IllegalStateException("mmap(" + bytes + ") failed: errno " + Native.getLastError());
    }
    return address;
  }

  /** Writes one byte into each page of the mapping, so the kernel faults every page in. */
  public static void touch(long address, long bytes, int pageSize) {
    Pointer p = new Pointer(address);
    for (long offset = 0; offset < bytes; offset += pageSize) {
      p.setByte(offset, (byte) 1);
    }
  }

  /** munmap of a mapping {@link #map} gave. */
  public static void unmap(long address, long bytes) {
    if (munmap(address, bytes) != 0) {
      throw new IllegalStateException("munmap failed: errno " + Native.getLastError());
    }
  }
}

package io.psutil4j.linux.nativeaccess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A libc that lacks glibc's heap functions (musl has no mallinfo2, mallinfo nor malloc_trim): JNA
 * throws UnsatisfiedLinkError when such a symbol is called, which heap_info and heap_trim must turn
 * into psutil's NotImplementedError (UnsupportedOperationException) naming what is missing; an
 * older glibc with only mallinfo() must still answer, its ints read as unsigned.
 */
class MuslLibcTest {
  /** A LibC whose {@code missing} functions are undefined, as JNA reports them. */
  private static LibC libcWithout(Set<String> missing, LibC.Mallinfo.ByValue oldMallinfo) {
    return (LibC)
        Proxy.newProxyInstance(
            LibC.class.getClassLoader(),
            new Class<?>[] {LibC.class},
            (proxy, method, args) -> {
              if (missing.contains(method.getName())) {
                throw new UnsatisfiedLinkError(
                    "Error looking up function '" + method.getName() + "': undefined symbol");
              }
              if (method.getName().equals("mallinfo")) {
                return oldMallinfo;
              }
              throw new AssertionError("unexpected call " + method.getName());
            });
  }

  @Test
  void withoutAnyHeapFunctionTheMessageSaysWhich() {
    LibC musl = libcWithout(Set.of("mallinfo2", "mallinfo", "malloc_trim"), null);
    UnsupportedOperationException info =
        assertThrows(UnsupportedOperationException.class, () -> LibcCalls.mallinfo(musl));
    assertEquals(
        "heap_info needs glibc's mallinfo2() or mallinfo(); this libc has neither (musl?)",
        info.getMessage());
    UnsupportedOperationException trim =
        assertThrows(UnsupportedOperationException.class, () -> LibcCalls.mallocTrim(musl));
    assertEquals(
        "heap_trim needs glibc's malloc_trim(); this libc lacks it (musl?)", trim.getMessage());
  }

  @Test
  void aGlibcBefore233FallsBackToMallinfoReadAsUnsigned() {
    LibC.Mallinfo.ByValue old = new LibC.Mallinfo.ByValue();
    old.uordblks = -1; // 4 GiB - 1: the int wrapped
    old.hblkhd = 123_456;
    LibC glibc232 = libcWithout(Set.of("mallinfo2"), old);
    assertArrayEquals(new long[] {0xFFFF_FFFFL, 123_456L}, LibcCalls.mallinfo(glibc232));
  }
}

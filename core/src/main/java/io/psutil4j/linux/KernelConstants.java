package io.psutil4j.linux;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The two sysconf values psutil divides by: CLK_TCK (ticks per second in /proc) and the page size
 * (statm units). Read from the auxiliary vector the kernel gave this process, so no native call is
 * needed; a captured fixture tree passes the values of the host it came from.
 */
public final class KernelConstants {
  private final long clockTicks;
  private final long pageSize;

  private KernelConstants(long clockTicks, long pageSize) {
    if (clockTicks <= 0) {
      throw new IllegalArgumentException("clock ticks must be > 0, got " + clockTicks);
    }
    if (pageSize <= 0 || Long.bitCount(pageSize) != 1) {
      throw new IllegalArgumentException("page size must be a power of two, got " + pageSize);
    }
    this.clockTicks = clockTicks;
    this.pageSize = pageSize;
  }

  public static KernelConstants of(long clockTicks, long pageSize) {
    return new KernelConstants(clockTicks, pageSize);
  }

  /**
   * The values of the kernel this JVM runs on, from /proc/self/auxv (what sysconf reads): psutil
   * takes them from sysconf whatever PROCFS_PATH says, as another /proc of the same kernel (a
   * host's mounted into a container) may hold no {@code self}.
   */
  public static KernelConstants running() {
    return fromAuxv(Paths.get("/proc"));
  }

  /** The values of the running kernel, from {@code <proc>/self/auxv}. */
  static KernelConstants fromAuxv(Path procRoot) {
    try {
      Path auxv = procRoot.resolve("self/auxv");
      int word = is64BitVm() ? 8 : 4;
      long[] values =
          KernelFiles.read(
              auxv,
              (f, b, n) ->
                  new long[] {
                    Auxv.value(f, b, n, word, Auxv.AT_CLKTCK),
                    Auxv.value(f, b, n, word, Auxv.AT_PAGESZ)
                  });
      long ticks = values[0];
      long page = values[1];
      if (ticks <= 0 || page <= 0) {
        throw new IllegalStateException(auxv + " lacks AT_CLKTCK or AT_PAGESZ");
      }
      return new KernelConstants(ticks, page);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read CLK_TCK and PAGESIZE from auxv: " + e, e);
    }
  }

  private static boolean is64BitVm() {
    String arch = System.getProperty("os.arch", "");
    return arch.contains("64") || arch.equals("s390x");
  }

  /** sysconf(_SC_CLK_TCK): /proc time units per second (100 on nearly every Linux). */
  public long clockTicks() {
    return clockTicks;
  }

  /** sysconf(_SC_PAGESIZE) in bytes. */
  public long pageSize() {
    return pageSize;
  }
}

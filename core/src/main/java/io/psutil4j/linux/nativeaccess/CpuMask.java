package io.psutil4j.linux.nativeaccess;

import java.util.Arrays;
import java.util.List;

/** A cpu_set_t as bytes: what sched_setaffinity takes and sched_getaffinity fills. */
final class CpuMask {
  /** psutil's first guess, glibc's CPU_SETSIZE: 1024 CPUs; doubled while the kernel says EINVAL. */
  static final int FIRST_BYTES = 1024 / 8;

  /** Past this the kernel's EINVAL is not about the size (no Linux has 2^20 CPUs). */
  static final int MAX_BYTES = (1 << 20) / 8;

  private CpuMask() {}

  /** The mask of {@code cpus}, FIRST_BYTES long, as psutil's setter builds it. */
  static byte[] of(List<Integer> cpus) {
    byte[] mask = new byte[FIRST_BYTES];
    for (int cpu : cpus) {
      if (cpu < 0 || cpu >= FIRST_BYTES * 8) {
        throw new IllegalArgumentException("invalid CPU " + cpu);
      }
      mask[cpu / 8] |= (byte) (1 << (cpu % 8));
    }
    return mask;
  }

  /** The CPUs set in the first {@code bytes} of {@code mask}, ascending. */
  static int[] cpus(byte[] mask, int bytes) {
    int[] out = new int[Math.min(bytes, mask.length) * 8];
    int n = 0;
    for (int i = 0; i < out.length; i++) {
      if ((mask[i / 8] & (1 << (i % 8))) != 0) {
        out[n++] = i;
      }
    }
    return Arrays.copyOf(out, n);
  }
}

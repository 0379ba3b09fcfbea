package io.psutil4j.linux.cgroup;

import io.psutil4j.PressureInfo;
import io.psutil4j.Psi;
import io.psutil4j.PsiLine;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/** Reads the four PSI files of the host (/proc/pressure/X) or of a v2 group (X.pressure). */
final class PressureReader {
  private PressureReader() {}

  /** Host-wide: /proc/pressure/{cpu,memory,io,irq}, {@code dir} being /proc/pressure. */
  static PressureInfo host(CgroupDir dir) {
    return PressureInfo.of(psi(dir, "cpu"), psi(dir, "memory"), psi(dir, "io"), psi(dir, "irq"));
  }

  /** One v2 group's {cpu,memory,io,irq}.pressure, or null when it has none of them. */
  static @Nullable PressureInfo group(@Nullable CgroupDir dir) {
    if (dir == null) {
      return null;
    }
    Psi cpu = psi(dir, "cpu.pressure");
    Psi memory = psi(dir, "memory.pressure");
    Psi io = psi(dir, "io.pressure");
    Psi irq = psi(dir, "irq.pressure");
    if (cpu == null && memory == null && io == null && irq == null) {
      return null;
    }
    return PressureInfo.of(cpu, memory, io, irq);
  }

  private static @Nullable Psi psi(CgroupDir dir, String name) {
    PressureFile file;
    try {
      file = CgroupFiles.readOrNull(dir, name, PressureFile::parse);
    } catch (UncheckedIOException e) {
      // psi=0 on the kernel command line leaves the files in place but failing with EOPNOTSUPP
      if (CgroupFiles.failedWith(e, "not supported")) {
        return null;
      }
      throw e;
    }
    if (file == null) {
      return null;
    }
    return Psi.of(line(file.some()), line(file.full()));
  }

  private static @Nullable PsiLine line(PressureFile.@Nullable Line line) {
    if (line == null) {
      return null;
    }
    return PsiLine.of(line.avg10(), line.avg60(), line.avg300(), line.totalUsec());
  }
}

package io.psutil4j.spi;

import io.psutil4j.CgroupInfo;
import io.psutil4j.CpuTimes;
import io.psutil4j.LoadAverage;
import io.psutil4j.PressureInfo;
import io.psutil4j.SwapMemory;
import io.psutil4j.VirtualMemory;
import java.util.List;
import java.util.OptionalInt;

/**
 * The one seam between psutil4j's API and a kernel. {@link io.psutil4j.Psutil} and {@link
 * io.psutil4j.Process} hold the OS-independent logic (percentages, identity, caching); a platform
 * answers the raw questions. System-wide methods throw {@link java.io.UncheckedIOException} when a
 * kernel file cannot be read, as psutil lets OSError through.
 */
public interface Platform {
  /** A short name of the kernel this platform reads, e.g. {@code linux}. */
  String name();

  /** Seconds each CPU mode has run since boot, all CPUs together. */
  CpuTimes cpuTimes();

  /** Seconds each CPU mode has run since boot, one entry per online CPU, by position. */
  List<CpuTimes> cpuTimesPercpu();

  /** Online logical CPUs, or empty when the kernel does not tell. */
  OptionalInt cpuCountLogical();

  /** Physical cores, or empty when the kernel does not tell. */
  OptionalInt cpuCountPhysical();

  VirtualMemory virtualMemory();

  SwapMemory swapMemory();

  /** Boot time, seconds since the epoch. */
  double bootTime();

  LoadAverage loadAverage();

  /** The pid of the process this JVM runs in. */
  int selfPid();

  /** The largest pid the kernel hands out (pid_max). */
  int pidMax();

  /**
   * Access to one process's kernel data. Does not check that the pid exists: the first read does,
   * and raises {@link io.psutil4j.NoSuchProcess}.
   */
  ProcessAccess process(int pid);

  // ---- containers: cgroups and pressure stall information (issue 7) ----

  /**
   * The cgroup {@code pid} runs in, its limits and usage.
   *
   * @throws io.psutil4j.NoSuchProcess when the process is gone
   * @throws UnsupportedOperationException on a platform without cgroups
   */
  default CgroupInfo cgroup(int pid) {
    throw new UnsupportedOperationException(name() + " has no cgroups");
  }

  /**
   * Host-wide pressure stall information.
   *
   * @throws UnsupportedOperationException on a platform without PSI
   */
  default PressureInfo pressure() {
    throw new UnsupportedOperationException(name() + " has no pressure stall information");
  }
}

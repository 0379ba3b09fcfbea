package io.psutil4j;

import io.psutil4j.spi.Platform;
import java.util.List;
import java.util.OptionalInt;

/**
 * psutil's module-level functions, for this machine. Names follow psutil's in Java's camel case
 * ({@code virtual_memory()} is {@link #virtualMemory()}); values carry psutil's field names and
 * units. Failures to read the kernel surface as {@link java.io.UncheckedIOException}, as psutil
 * lets OSError through.
 */
public final class Psutil {
  private Psutil() {}

  private static Platform platform() {
    return Platforms.current();
  }

  /** {@code cpu_count()}: online logical CPUs, or empty when unknown. */
  public static OptionalInt cpuCount() {
    return cpuCount(true);
  }

  /**
   * {@code cpu_count(logical)}: logical CPUs, or physical cores when {@code logical} is false;
   * empty when the kernel does not tell. Host-wide: ignores affinity and cgroup quotas.
   */
  public static OptionalInt cpuCount(boolean logical) {
    return logical ? platform().cpuCountLogical() : platform().cpuCountPhysical();
  }

  /** {@code cpu_times()}: seconds in each CPU mode since boot, all CPUs together. */
  public static CpuTimes cpuTimes() {
    return platform().cpuTimes();
  }

  /** {@code cpu_times(percpu=True)}: one entry per online CPU. */
  public static List<CpuTimes> cpuTimesPercpu() {
    return platform().cpuTimesPercpu();
  }

  /** {@code virtual_memory()}. */
  public static VirtualMemory virtualMemory() {
    return platform().virtualMemory();
  }

  /** {@code swap_memory()}. */
  public static SwapMemory swapMemory() {
    return platform().swapMemory();
  }

  /** {@code boot_time()}: seconds since the epoch (whole seconds, as the kernel keeps it). */
  public static double bootTime() {
    return platform().bootTime();
  }

  /** {@code getloadavg()}. */
  public static LoadAverage getloadavg() {
    return platform().loadAverage();
  }

  // ---- containers: cgroups and pressure stall information (issue 7) ----

  /**
   * The cgroup this JVM runs in: CPU quota (as a number of CPUs), weight, cpuset, usage and
   * throttling; memory limits, usage, breakdown and events; pids; I/O per device; the group's
   * pressure stall information. cgroup v2, v1 or hybrid; a limit of {@code max} is an empty value.
   * Not in psutil.
   *
   * @throws UnsupportedOperationException on a platform without cgroups
   */
  public static CgroupInfo cgroup() {
    return platform().cgroup(platform().selfPid());
  }

  /**
   * The cgroup of process {@code pid}, as {@link #cgroup()}.
   *
   * @throws NoSuchProcess when no such process exists
   */
  public static CgroupInfo cgroup(int pid) {
    return platform().cgroup(pid);
  }

  /**
   * Host-wide pressure stall information (kernel 4.20+, /proc/pressure): how much of the time tasks
   * waited for CPU, memory, I/O and interrupts. A resource the kernel does not report is empty. Not
   * in psutil.
   */
  public static PressureInfo pressure() {
    return platform().pressure();
  }
}

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

  // --- processes (issue 4) ---

  private static final class Iteration {
    static final ProcessIter DEFAULT = new ProcessIter(Platforms.current());
  }

  /**
   * {@code process_iter()}: every running process, by pid. The Process objects are kept between
   * calls, so {@code cpu_percent()} on them measures since the previous iteration. A process that
   * ends meanwhile is left out; nothing is thrown for it.
   */
  public static List<Process> processIter() {
    return Iteration.DEFAULT.iterate(null, null);
  }

  /**
   * {@code process_iter(attrs, ad_value)}: as {@link #processIter()}, each process's {@code attrs}
   * read once (one oneshot); its no-argument getters for those attrs then answer without reading
   * the kernel, and {@link Process#info()} holds them ({@code adValue} where denied). An empty list
   * means every attribute.
   *
   * @throws IllegalArgumentException naming an attribute psutil does not know
   */
  public static List<Process> processIter(List<String> attrs, Object adValue) {
    return Iteration.DEFAULT.iterate(attrs, adValue);
  }

  /** {@code process_iter.cache_clear()}: forgets the kept Process objects. */
  public static void processIterCacheClear() {
    Iteration.DEFAULT.clear();
  }

  /**
   * {@code wait_procs(procs, timeout, callback)}: waits for the processes to end; never throws
   * TimeoutExpired.
   *
   * @param timeout seconds, null to wait for all
   * @param callback called with each process found gone, or null
   */
  public static WaitProcs waitProcs(
      java.util.Collection<Process> procs,
      Double timeout,
      java.util.function.Consumer<Process> callback) {
    return WaitProcs.waitProcs(procs, timeout, callback);
  }

  /**
   * {@code heap_info()}: this process's C heap from glibc's mallinfo2 (mallinfo before glibc 2.33).
   *
   * @throws UnsupportedOperationException when JNA cannot load or libc lacks mallinfo (musl)
   */
  public static HeapInfo heapInfo() {
    return platform().heapInfo();
  }

  /**
   * {@code heap_trim()}: glibc's malloc_trim(0), giving free heap pages back to the kernel.
   *
   * @return whether any memory was released
   * @throws UnsupportedOperationException when JNA cannot load or libc lacks malloc_trim (musl)
   */
  public static boolean heapTrim() {
    return platform().heapTrim();
  }
}

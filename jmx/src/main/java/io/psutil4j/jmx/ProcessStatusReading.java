package io.psutil4j.jmx;

import static io.psutil4j.jmx.ProcessTable.quietly;

import io.psutil4j.MemoryInfo;
import io.psutil4j.MemoryInfoEx;
import io.psutil4j.Process;
import org.jspecify.annotations.Nullable;

/**
 * What the Process MBean takes from one read of /proc/PID/status and one of /proc/PID/statm, inside
 * one oneshot scope: memory_info_ex (statm plus the status memory lines) and num_threads, so a read
 * of every attribute reads each file once. A field the kernel denies is null on its own.
 */
final class ProcessStatusReading {
  final @Nullable MemoryInfoEx memory;
  final @Nullable Integer threads;

  private ProcessStatusReading(@Nullable MemoryInfoEx memory, @Nullable Integer threads) {
    this.memory = memory;
    this.threads = threads;
  }

  /**
   * Reads {@code process}'s status and statm once. The process must be read by no other source: its
   * oneshot scope caches files for whoever reads it meanwhile.
   */
  static ProcessStatusReading read(Process process) {
    Process.Oneshot scope = process.oneshot();
    try {
      return new ProcessStatusReading(quietly(process::memoryInfoEx), quietly(process::numThreads));
    } finally {
      scope.close();
    }
  }

  /** The statm part; null when memory_info_ex was denied. */
  @Nullable MemoryInfo statm() {
    return memory == null ? null : memory.memoryInfo();
  }
}

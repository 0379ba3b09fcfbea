package io.psutil4j.jmx;

import static io.psutil4j.jmx.ProcessTable.quietly;

import io.psutil4j.PageFaults;
import io.psutil4j.Process;
import io.psutil4j.ProcessCpuTimes;
import org.jspecify.annotations.Nullable;

/**
 * What the Process MBean takes from one read of /proc/PID/stat: parent, name, start time, CPU times
 * and the CPU percent since the previous read (psutil's cpu_percent() state lives in the Process,
 * so the percent spans exactly one refresh of this source), page faults. A field the kernel denies
 * is null on its own without hiding the others.
 */
final class ProcessStatReading {
  final @Nullable Integer ppid;
  final @Nullable String name;
  final @Nullable Double createTime;
  final @Nullable ProcessCpuTimes cpu;
  final @Nullable Double cpuPercent;
  final @Nullable PageFaults faults;

  private ProcessStatReading(
      @Nullable Integer ppid,
      @Nullable String name,
      @Nullable Double createTime,
      @Nullable ProcessCpuTimes cpu,
      @Nullable Double cpuPercent,
      @Nullable PageFaults faults) {
    this.ppid = ppid;
    this.name = name;
    this.createTime = createTime;
    this.cpu = cpu;
    this.cpuPercent = cpuPercent;
    this.faults = faults;
  }

  /** Reads {@code process}'s stat once, inside one oneshot scope, for every field. */
  static ProcessStatReading read(Process process) {
    Process.Oneshot scope = process.oneshot();
    try {
      return new ProcessStatReading(
          quietly(process::ppid),
          quietly(process::name),
          quietly(process::createTime),
          quietly(process::cpuTimes),
          quietly(process::cpuPercent),
          quietly(process::pageFaults));
    } finally {
      scope.close();
    }
  }
}

package io.psutil4j.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Percentage;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;
import org.jspecify.annotations.Nullable;

/**
 * The CPU limit, usage and throttling of this JVM's cgroup, from the Container MBean. JFR's own
 * {@code jdk.ContainerCPUUsage} and {@code jdk.ContainerCPUThrottling} exist on cgroup-aware JDKs
 * only inside a container; this one also reports a systemd unit's or a v1 host group's.
 */
@Name("psutil4j.CgroupCpu")
@Label("cgroup CPU")
@Category({"Operating System", "psutil4j"})
@Description(
    "CPU quota, usage and throttling of this JVM's cgroup (v2 cpu.max/cpu.stat, v1 cfs_quota and"
        + " cpu.stat). The duration is the time psutil4j took to read it.")
@Period("10 s")
@StackTrace(false)
final class CgroupCpuEvent extends Event {
  @Label("cgroup Version")
  @Description("v2, v1 or hybrid")
  @Nullable String version;

  @Label("cgroup Path")
  @Nullable String path;

  @Label("CPU Limit")
  @Description("The quota as a number of CPUs (quota / period); N/A for no quota")
  double cpuLimit;

  @Label("Effective CPUs")
  @Description("The smaller of the quota and the cpuset")
  double effectiveCpus;

  @Label("CPU Usage")
  @Description("CPU time used by the cgroup since it was created")
  @Timespan
  long usage;

  @Label("Periods")
  @Description("Quota periods elapsed with runnable tasks")
  long periods;

  @Label("Throttled Periods")
  @Description("Periods in which the cgroup used up its quota and was throttled")
  long throttledPeriods;

  @Label("Throttled Time")
  @Timespan
  long throttledTime;

  @Label("Throttled Ratio")
  @Description("Share of the periods of the last reading interval that were throttled")
  @Percentage
  double throttledRatio;
}

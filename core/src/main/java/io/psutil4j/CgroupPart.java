package io.psutil4j;

/**
 * One part of a {@link CgroupInfo}, read on its own by {@link io.psutil4j.spi.Platform#cgroup(int,
 * java.util.Set)}: each reads only its own controller's files, beside /proc/PID/cgroup and
 * /proc/self/mountinfo, which every read needs to find the group.
 */
public enum CgroupPart {
  /** {@link CgroupInfo#cpu()}: cpu.max, cpu.stat, cpu.weight, cpuset (v1: cpu, cpuacct, cpuset). */
  CPU,
  /** {@link CgroupInfo#memory()}: memory.max, current, stat, events (v1: the memory controller). */
  MEMORY,
  /** {@link CgroupInfo#pidsCurrent()} and {@link CgroupInfo#pidsMax()}: pids.current, pids.max. */
  PIDS,
  /** {@link CgroupInfo#io()}: io.stat (v1: blkio.throttle.*). */
  IO,
  /** {@link CgroupInfo#pressure()}: the group's cpu, memory, io and irq .pressure files (v2). */
  PRESSURE
}

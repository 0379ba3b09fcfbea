package io.psutil4j.jfr;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * Memory limits, usage, breakdown and events of this JVM's cgroup, from the Container MBean: the
 * detail (high limit, anon/file/kernel split, OOM kills) JFR's {@code jdk.ContainerMemoryUsage}
 * does not carry.
 */
@Name("psutil4j.CgroupMemory")
@Label("cgroup Memory")
@Category({"Operating System", "psutil4j"})
@Description(
    "Memory limits, usage, breakdown and events of this JVM's cgroup (v2 memory.*, v1"
        + " memory.*_in_bytes and memory.stat). N/A: no limit, or not reported. The duration is"
        + " the time psutil4j took to read it.")
@Period("10 s")
@StackTrace(false)
final class CgroupMemoryEvent extends Event {
  @Label("Limit")
  @Description("Hard limit (memory.max)")
  @DataAmount
  long limit;

  @Label("High")
  @Description("Throttling limit (memory.high, v2)")
  @DataAmount
  long high;

  @Label("Usage")
  @Description("Memory in use by the cgroup (memory.current)")
  @DataAmount
  long usage;

  @Label("Peak")
  @DataAmount
  long peak;

  @Label("Swap Limit")
  @DataAmount
  long swapLimit;

  @Label("Swap Usage")
  @DataAmount
  long swapUsage;

  @Label("Anonymous")
  @Description("Heaps, stacks and private mappings")
  @DataAmount
  long anon;

  @Label("File")
  @Description("Page cache, tmpfs included")
  @DataAmount
  long file;

  @Label("Kernel")
  @DataAmount
  long kernel;

  @Label("Socket Buffers")
  @DataAmount
  long sock;

  @Label("Shared Memory")
  @DataAmount
  long shmem;

  @Label("High Events")
  @Description("Times usage went over memory.high")
  long highEvents;

  @Label("Max Events")
  @Description("Times usage reached memory.max")
  long maxEvents;

  @Label("OOM Events")
  long oomEvents;

  @Label("OOM Kills")
  @Description("Tasks the OOM killer ended in the cgroup")
  long oomKills;

  @Label("Tasks")
  long pids;

  @Label("Task Limit")
  long pidsLimit;
}

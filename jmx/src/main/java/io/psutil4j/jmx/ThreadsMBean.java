package io.psutil4j.jmx;

import javax.management.openmbean.TabularData;

/**
 * {@code psutil4j:type=Threads}: every native thread of this JVM. A Standard MBean, not an MXBean:
 * the MXBean mapping cannot express a table keyed by tid; the attribute types are open types all
 * the same, and {@link ThreadsBean#describedMBean} writes their {@code openType} descriptors.
 */
public interface ThreadsMBean {
  @Metric(
      summary =
          "One row per native thread, keyed by Tid: Name (comm), State, User and System CPU"
              + " seconds, voluntary/involuntary context switches, and the Java thread (id, full"
              + " name) where one matches; the threads with the most CPU, at most option"
              + " threads.max (default 100). Reads every thread's stat and status: not fetched by"
              + " the shipped exporter configs",
      unit = "table",
      psutil = "Process().threads() + /proc/self/task/TID/{stat,status}")
  TabularData getThreads();

  @Metric(
      summary = "Native threads of this JVM (entries of /proc/self/task; no thread's file read)",
      unit = "count",
      psutil = "Process().num_threads()")
  Integer getCount();

  @Metric(
      summary = "CPU time of the garbage collector's threads (GC Thread#N, G1 *, Z*, Shenandoah)",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "sum of Process().threads() user+system over GC threads")
  Double getGcCpuSeconds();

  @Metric(
      summary = "CPU time of the JIT compiler threads (C1/C2 CompilerThreadN, JVMCI)",
      unit = "seconds",
      type = Metric.COUNTER,
      psutil = "sum of Process().threads() user+system over compiler threads")
  Double getJitCpuSeconds();
}

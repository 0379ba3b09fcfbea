package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.DOUBLE;
import static javax.management.openmbean.SimpleType.INTEGER;

import io.psutil4j.spi.TaskInfo;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.management.openmbean.TabularData;

/**
 * {@code psutil4j:type=Threads}: this JVM's native threads. Count lists the task directory alone
 * and the GC and JIT sums read only those threads' stat ({@link ThreadCounts}); the table of the
 * busiest threads ({@link NativeThreadTable}) reads every thread's stat and status, and only when
 * it is asked for.
 */
final class ThreadsTable {
  private static final Pattern GC =
      Pattern.compile("^(GC Thread|GC |G1 |Z[A-Z][a-z]+|Shenandoah|PSYoungGen|VM Thread).*");
  private static final Pattern JIT = Pattern.compile("^(C1 Compiler|C2 Compiler|JVMCI).*");

  static final Source<TabularData> TASKS =
      Source.named("threads() /proc/self/task/*/stat /proc/self/task/*/status");
  static final Source<Integer> COUNT = Source.named("num_threads() listing of /proc/self/task");
  static final Source<ThreadCounts.Reading> CPU_SUMS =
      Source.named("GC and JIT threads' /proc/self/task/TID/stat (ThreadCounts)");

  static final MBeanTable TABLE =
      MBeanTable.table(
              MBeanGroup.THREADS,
              "Threads",
              MBeanTable.Naming.SINGLETON,
              "This JVM's native threads (/proc/self/task) with CPU and context switches, matched"
                  + " to Java threads by name: GC, JIT and VM threads included")
          .from(TASKS)
          .gauge("Threads", NativeThreadTable.TYPE, "table", table -> table)
          .described(
              "One row per native thread, keyed by Tid: Name (comm), State, User and System CPU"
                  + " seconds, voluntary/involuntary context switches, and the Java thread (id,"
                  + " full name) where one matches; the threads with the most CPU, at most option"
                  + " threads.max (default 100). Reads every thread's stat and status, so its cost"
                  + " grows with the threads: read at most every "
                  + CostlySources.THREADS_DEFAULT
                  + " by default (option"
                  + " threads.interval), and not fetched by the shipped exporter configs",
              "Process().threads() + /proc/self/task/TID/{stat,status}")
          .from(COUNT)
          .gauge("Count", INTEGER, "count", count -> count)
          .described(
              "Native threads of this JVM (entries of /proc/self/task; no thread's file read)",
              "Process().num_threads()")
          .from(CPU_SUMS)
          .counter("GcCpuSeconds", DOUBLE, "seconds", r -> r.gcSeconds)
          .described(
              "CPU time of the garbage collector's threads (GC Thread#N, G1 *, Z*, Shenandoah);"
                  + " lists the task directory and reads those threads' stat, so its cost grows"
                  + " with the threads: read at most every "
                  + CostlySources.THREADS_DEFAULT
                  + " by default (option"
                  + " threads.interval)",
              "sum of Process().threads() user+system over GC threads")
          .counter("JitCpuSeconds", DOUBLE, "seconds", r -> r.jitSeconds)
          .described(
              "CPU time of the JIT compiler threads (C1/C2 CompilerThreadN, JVMCI); read with"
                  + " GcCpuSeconds, at most every "
                  + CostlySources.THREADS_DEFAULT
                  + " by default (option threads.interval)",
              "sum of Process().threads() user+system over compiler threads")
          .readingAge(
              "Age of the oldest reading this MBean serves: each source above is read from the"
                  + " kernel when one of its attributes is read and its interval has passed (the"
                  + " Threads table and the GC and JIT sums "
                  + CostlySources.THREADS_DEFAULT
                  + " by default, option"
                  + " threads.interval; Count the cache interval), so this exceeds those when an"
                  + " attribute has not been asked for since (the Threads table, which the shipped"
                  + " exporter configs do not fetch, keeps the age of its last read), or when a"
                  + " refresh passed its 2 s deadline and the last reading is served stale; null"
                  + " before the first read. Reading it reads nothing")
          .build();

  private ThreadsTable() {}

  /**
   * @param tasks every thread with its stat and status, for the table only
   * @param taskList the task directory and single threads' files, for Count and the CPU sums
   * @param tableMax the most rows of the table: the threads with the most CPU
   * @param tasksMillis the shortest interval between two reads of the table or of the CPU sums,
   *     whose cost grows with the threads (never below the cache interval)
   */
  static Readings readings(
      Supplier<List<TaskInfo>> tasks,
      ThreadCounts.Tasks taskList,
      int tableMax,
      long tasksMillis,
      Readings.Builder readings) {
    ThreadCounts counts = new ThreadCounts(taskList, GC, JIT);
    return readings
        .cachedBy(
            TASKS,
            () -> NativeThreadTable.of(tasks.get(), tableMax),
            CostlySources.atMostEvery(tasksMillis))
        .with(COUNT, () -> taskList.ids().length)
        .cachedBy(CPU_SUMS, counts::read, CostlySources.atMostEvery(tasksMillis))
        .build();
  }
}

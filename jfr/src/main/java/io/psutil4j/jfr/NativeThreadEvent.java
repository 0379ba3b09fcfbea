package io.psutil4j.jfr;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;
import org.jspecify.annotations.Nullable;

/**
 * One native thread of this JVM with its CPU time, from the Threads MBean: GC, JIT and VM threads
 * included, matched to its Java thread by name where one matches.
 */
@Name("psutil4j.NativeThreadCpu")
@Label("Native Thread CPU")
@Category({"Operating System", "psutil4j"})
@Description(
    "One native thread of this JVM (/proc/self/task): CPU time since it started, state and context"
        + " switches, with the Java thread whose name gives its kernel name where exactly one does."
        + " One event per thread and period; the duration is the time psutil4j took to read them"
        + " all.")
@Period("10 s")
@StackTrace(false)
final class NativeThreadEvent extends Event {
  @Label("Thread Id")
  @Description("The kernel's thread id (tid), what JFR's own thread fields call OS Thread Id")
  long tid;

  @Label("Name")
  @Description("Kernel thread name (comm, 15 bytes at most)")
  @Nullable String name;

  @Label("State")
  @Description("State letter of /proc/self/task/TID/stat")
  @Nullable String state;

  @Label("User Time")
  @Timespan
  long userTime;

  @Label("System Time")
  @Timespan
  long systemTime;

  @Label("Voluntary Context Switches")
  long voluntarySwitches;

  @Label("Involuntary Context Switches")
  long involuntarySwitches;

  @Label("Java Thread Id")
  @Description("N/A when no single Java thread matches")
  long javaThreadId;

  @Label("Java Thread Name")
  @Nullable String javaThreadName;
}

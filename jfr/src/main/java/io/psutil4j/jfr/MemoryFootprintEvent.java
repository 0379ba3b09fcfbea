package io.psutil4j.jfr;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/** psutil's memory_footprint() of this JVM, from the Process MBean. */
@Name("psutil4j.MemoryFootprint")
@Label("Process Memory Footprint")
@Category({"Operating System", "psutil4j"})
@Description(
    "Memory only this JVM would give back (USS), its proportional share of shared pages (PSS)"
        + " and its swapped-out memory, from /proc/self/smaps_rollup (psutil memory_footprint())."
        + " Read at most every 30 s, whatever the period. The duration is the time psutil4j took to"
        + " read it.")
@Period("30 s")
@StackTrace(false)
final class MemoryFootprintEvent extends Event {
  @Label("USS")
  @Description("Unique set size")
  @DataAmount
  long uss;

  @Label("PSS")
  @Description("Proportional set size")
  @DataAmount
  long pss;

  @Label("Swap")
  @DataAmount
  long swap;
}

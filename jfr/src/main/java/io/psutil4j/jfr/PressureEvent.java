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

/** One resource's pressure stall information, host-wide, from the Pressure MBean. */
@Name("psutil4j.Pressure")
@Label("Pressure Stall Information")
@Category({"Operating System", "psutil4j"})
@Description(
    "Host-wide pressure stall information (/proc/pressure, kernel 4.20+): the share of time in"
        + " which some or all non-idle tasks waited for cpu, memory, io or irq. The duration is"
        + " the time psutil4j took to read it.")
@Period("10 s")
@StackTrace(false)
final class PressureEvent extends Event {
  @Label("Resource")
  @Description("cpu, memory, io or irq")
  @Nullable String resource;

  @Label("Some, 10 s")
  @Description("Share of the last 10 s in which at least one task stalled")
  @Percentage
  double someAvg10;

  @Label("Some, 60 s")
  @Percentage
  double someAvg60;

  @Label("Some, 300 s")
  @Percentage
  double someAvg300;

  @Label("Some, Total")
  @Description("Total time in which at least one task stalled, since boot")
  @Timespan
  long someTotal;

  @Label("Full, 10 s")
  @Description("Share of the last 10 s in which all non-idle tasks stalled at once")
  @Percentage
  double fullAvg10;

  @Label("Full, 60 s")
  @Percentage
  double fullAvg60;

  @Label("Full, 300 s")
  @Percentage
  double fullAvg300;

  @Label("Full, Total")
  @Description("Total time in which all non-idle tasks stalled at once, since boot")
  @Timespan
  long fullTotal;
}

package io.psutil4j.jmx;

import io.psutil4j.CgroupMemory;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The group's OOM and limit events since the Container MBean started, notifying each time one of
 * those counters rises. The counts are updated under this object's lock (two sources of the
 * Container MBean read the memory part and may refresh at once); the notifications are sent after
 * it is released.
 */
final class MemoryEvents {
  /** The memory counters that say the group hit its limit, with their notification types. */
  @SuppressWarnings("ImmutableEnumChecker") // each counter is an accessor of an immutable value
  enum Event {
    OOM(
        Alerts.MEMORY_OOM,
        CgroupMemory::eventsOom,
        "the group ran out of memory (memory.events oom)"),
    OOM_KILL(
        Alerts.MEMORY_OOM_KILL,
        CgroupMemory::eventsOomKill,
        "the OOM killer killed a process of the group (oom_kill)"),
    MAX(
        Alerts.MEMORY_MAX,
        CgroupMemory::eventsMax,
        "usage was about to go over the hard limit (memory.events max, v1 memory.failcnt)");

    final String type;
    final Function<CgroupMemory, OptionalLong> counter;
    final String what;

    Event(String type, Function<CgroupMemory, OptionalLong> counter, String what) {
      this.type = type;
      this.counter = counter;
      this.what = what;
    }
  }

  private static final Event[] EVENTS = Event.values();

  /** Each event's count since start in one reading; null when the kernel has no such counter. */
  static final class SinceStart {
    private final Long[] counts;

    private SinceStart(Long[] counts) {
      this.counts = counts;
    }

    Long of(Event e) {
      return counts[e.ordinal()];
    }
  }

  /** A counter that rose, to notify once the lock is released. */
  private static final class Rise {
    final Event event;
    final long sinceStart;

    Rise(Event event, long sinceStart) {
      this.event = event;
      this.sinceStart = sinceStart;
    }
  }

  private final Alerts alerts;

  /** Guarded by {@code this}. */
  private final Long[] atStart = new Long[EVENTS.length];

  /** Guarded by {@code this}. */
  private final Long[] before = new Long[EVENTS.length];

  MemoryEvents(Alerts alerts) {
    this.alerts = alerts;
  }

  /** Takes the counts events are counted from; a counter first seen later starts there. */
  synchronized void start(CgroupMemory memory) {
    for (Event e : EVENTS) {
      OptionalLong now = e.counter.apply(memory);
      if (now.isPresent()) {
        atStart[e.ordinal()] = now.getAsLong();
        before[e.ordinal()] = now.getAsLong();
      }
    }
  }

  /**
   * The counts of {@code memory} since start, notifying for every counter that rose since the
   * previous count.
   */
  SinceStart count(CgroupMemory memory) {
    List<Rise> rises = new ArrayList<>();
    Long[] since = update(memory, rises);
    for (Rise r : rises) {
      alerts.rose(
          r.event.type, r.sinceStart, r.event.what + " since the previous read; since start");
    }
    return new SinceStart(since);
  }

  private synchronized Long[] update(CgroupMemory memory, List<Rise> rises) {
    Long[] since = new Long[EVENTS.length];
    for (Event e : EVENTS) {
      OptionalLong read = e.counter.apply(memory);
      if (!read.isPresent()) {
        continue;
      }
      long now = read.getAsLong();
      int i = e.ordinal();
      if (atStart[i] == null || now < atStart[i]) {
        atStart[i] = now; // first seen, or the counter went back (another group): count from here
      }
      if (before[i] != null && now > before[i]) {
        rises.add(new Rise(e, now - atStart[i]));
      }
      before[i] = now;
      since[i] = now - atStart[i];
    }
    return since;
  }
}

package io.psutil4j.jmx;

import io.psutil4j.CgroupMemory;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a Kubernetes operator watches of the group's memory: the working set as kubelet computes it,
 * what is left before the hard limit, this JVM's share of that limit, and the OOM and limit events
 * since the Container MBean started, notifying each time one of those counters rises. Refreshed by
 * the Container MBean's snapshot, one refresh at a time, so the counts before are never read
 * concurrently.
 */
final class MemoryHeadroom {
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

  /** One refresh's figures; a field is null when the kernel or the limit does not give it. */
  static final class Figures {
    final @Nullable Long workingSet;
    final @Nullable Long available;
    final @Nullable Double workingSetPercent;
    final @Nullable Double processRssPercent;
    private final Long[] sinceStart;

    private Figures(
        @Nullable Long workingSet,
        @Nullable Long available,
        @Nullable Double workingSetPercent,
        @Nullable Double processRssPercent,
        Long[] sinceStart) {
      this.workingSet = workingSet;
      this.available = available;
      this.workingSetPercent = workingSetPercent;
      this.processRssPercent = processRssPercent;
      this.sinceStart = sinceStart;
    }

    @Nullable Long sinceStart(Event e) {
      return sinceStart[e.ordinal()];
    }
  }

  private final Alerts alerts;
  private final Long[] atStart = new Long[EVENTS.length];
  private final Long[] before = new Long[EVENTS.length];

  MemoryHeadroom(Alerts alerts) {
    this.alerts = alerts;
  }

  /** Takes the counts events are counted from; a counter first seen later starts there. */
  void start(CgroupMemory memory) {
    for (Event e : EVENTS) {
      OptionalLong now = e.counter.apply(memory);
      if (now.isPresent()) {
        atStart[e.ordinal()] = now.getAsLong();
        before[e.ordinal()] = now.getAsLong();
      }
    }
  }

  /**
   * The figures of {@code memory} with this JVM's {@code rss} (null when unknown), notifying for
   * every event counter that rose since the previous refresh.
   */
  Figures refresh(CgroupMemory memory, @Nullable Long rss) {
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
        alerts.rose(e.type, now - atStart[i], e.what + " since the previous read; since start");
      }
      before[i] = now;
      since[i] = now - atStart[i];
    }
    Long limit = value(memory.max());
    Long workingSet = value(memory.workingSet());
    Long available = null;
    Double workingSetPercent = null;
    Double rssPercent = null;
    if (limit != null && limit > 0) {
      available = workingSet == null ? null : Math.max(0, limit - workingSet);
      workingSetPercent = workingSet == null ? null : 100.0 * workingSet / limit;
      rssPercent = rss == null ? null : 100.0 * rss / limit;
    }
    return new Figures(workingSet, available, workingSetPercent, rssPercent, since);
  }

  private static @Nullable Long value(OptionalLong v) {
    return v.isPresent() ? v.getAsLong() : null;
  }
}

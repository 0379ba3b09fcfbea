package io.psutil4j.jfr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.MalformedObjectNameException;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;

/**
 * Periodic JFR events read from the psutil4j MBeans: {@code psutil4j.Pressure}, {@code
 * psutil4j.CgroupCpu}, {@code psutil4j.CgroupMemory}, {@code psutil4j.MemoryFootprint}, {@code
 * psutil4j.NativeHeap} and {@code psutil4j.NativeThreadCpu}. A recording's settings choose which
 * are on and how often (each event's {@code @Period} is its default); an event whose MBean is not
 * registered (left out by the agent's {@code mbeans}/{@code exclude}) is not emitted.
 *
 * <p>Each event's duration is the time its reading took, so every recording says what the events
 * cost. A hook never throws: JFR would print the exception on the host's stdout.
 */
public final class PsutilEvents implements AutoCloseable {
  private final List<Runnable> hooks;

  private PsutilEvents(List<Runnable> hooks) {
    this.hooks = hooks;
  }

  /**
   * Registers the events over the {@code <domain>:*} MBeans of {@code server}.
   *
   * @throws IllegalArgumentException when {@code domain} is not a valid JMX domain
   */
  public static PsutilEvents register(MBeanServer server, String domain) {
    Sources sources = new Sources(server, domain);
    List<Runnable> hooks = new ArrayList<>();
    try {
      add(hooks, PressureEvent.class, server, sources.pressure, sources::pressure);
      add(hooks, CgroupCpuEvent.class, server, sources.container, sources::cgroupCpu);
      add(hooks, CgroupMemoryEvent.class, server, sources.container, sources::cgroupMemory);
      add(hooks, MemoryFootprintEvent.class, server, sources.process, sources::footprint);
      add(hooks, NativeHeapEvent.class, server, sources.process, sources::heap);
      add(hooks, NativeThreadEvent.class, server, sources.threads, sources::threads);
    } catch (RuntimeException | LinkageError e) {
      hooks.forEach(FlightRecorder::removePeriodicEvent); // all six or none
      throw e;
    }
    return new PsutilEvents(Collections.unmodifiableList(hooks));
  }

  /** A hook that emits {@code event} from {@code mbean}, and nothing while it is not registered. */
  private static void add(
      List<Runnable> hooks,
      Class<? extends Event> event,
      MBeanServer server,
      ObjectName mbean,
      Emitter emitter) {
    Runnable hook =
        () -> {
          try {
            if (server.isRegistered(mbean)) {
              emitter.emit();
            }
          } catch (JMException | RuntimeException | LinkageError e) {
            // the MBean went away or its read failed: this period has no event, the host no trace
          }
        };
    FlightRecorder.addPeriodicEvent(event, hook);
    hooks.add(hook);
  }

  /** Stops emitting the events. */
  @Override
  public void close() {
    hooks.forEach(FlightRecorder::removePeriodicEvent);
  }

  /** One periodic reading. */
  private interface Emitter {
    void emit() throws JMException;
  }

  /** Reads each MBean and commits its events. */
  private static final class Sources {
    private static final String[] RESOURCES = {"Cpu", "Memory", "Io", "Irq"};
    private static final String[] PRESSURE_FIELDS = {"Avg10", "Avg60", "Avg300", "Total"};
    private static final int SPARE_THREAD_EVENTS = 8;

    private final MBeanServer server;
    private final ObjectName pressure;
    private final ObjectName container;
    private final ObjectName process;
    private final ObjectName threads;
    // written and read by JFR's one periodic-task thread
    private volatile int expectedThreads = SPARE_THREAD_EVENTS;

    Sources(MBeanServer server, String domain) {
      this.server = server;
      this.pressure = name(domain, "Pressure");
      this.container = name(domain, "Container");
      this.process = name(domain, "Process");
      this.threads = name(domain, "Threads");
    }

    private static ObjectName name(String domain, String type) {
      try {
        return new ObjectName(domain + ":type=" + type);
      } catch (MalformedObjectNameException e) {
        throw new IllegalArgumentException("not a valid JMX domain: '" + domain + "'", e);
      }
    }

    void pressure() throws JMException {
      List<PressureEvent> events = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String resource : RESOURCES) {
        PressureEvent e = new PressureEvent();
        e.begin();
        events.add(e);
        for (String line : new String[] {"Some", "Full"}) {
          for (String field : PRESSURE_FIELDS) {
            names.add(resource + line + field);
          }
        }
      }
      Attributes a = Attributes.read(server, pressure, names.toArray(new String[0]));
      for (int i = 0; i < RESOURCES.length; i++) {
        String r = RESOURCES[i];
        PressureEvent e = events.get(i);
        e.resource = r.toLowerCase(Locale.ROOT);
        e.someAvg10 = a.fraction(r + "SomeAvg10");
        e.someAvg60 = a.fraction(r + "SomeAvg60");
        e.someAvg300 = a.fraction(r + "SomeAvg300");
        e.someTotal = a.nanos(r + "SomeTotal");
        e.fullAvg10 = a.fraction(r + "FullAvg10");
        e.fullAvg60 = a.fraction(r + "FullAvg60");
        e.fullAvg300 = a.fraction(r + "FullAvg300");
        e.fullTotal = a.nanos(r + "FullTotal");
        if (e.someTotal != Attributes.ABSENT || e.fullTotal != Attributes.ABSENT) {
          e.commit(); // a resource this kernel does not report has no event
        }
      }
    }

    void cgroupCpu() throws JMException {
      CgroupCpuEvent e = new CgroupCpuEvent();
      e.begin();
      Attributes a =
          Attributes.read(
              server,
              container,
              "CgroupVersion",
              "CgroupPath",
              "CpuLimit",
              "EffectiveCpus",
              "CpuUsage",
              "CpuPeriods",
              "CpuThrottledPeriods",
              "CpuThrottledTime",
              "CpuThrottledRatio");
      e.version = a.text("CgroupVersion");
      e.path = a.text("CgroupPath");
      e.cpuLimit = a.real("CpuLimit");
      e.effectiveCpus = a.real("EffectiveCpus");
      e.usage = a.nanos("CpuUsage");
      e.periods = a.whole("CpuPeriods");
      e.throttledPeriods = a.whole("CpuThrottledPeriods");
      e.throttledTime = a.nanos("CpuThrottledTime");
      e.throttledRatio = a.real("CpuThrottledRatio");
      e.commit();
    }

    void cgroupMemory() throws JMException {
      CgroupMemoryEvent e = new CgroupMemoryEvent();
      e.begin();
      Attributes a =
          Attributes.read(
              server,
              container,
              "MemoryLimit",
              "MemoryHigh",
              "MemoryUsage",
              "MemoryPeak",
              "SwapLimit",
              "SwapUsage",
              "MemoryAnon",
              "MemoryFile",
              "MemoryKernel",
              "MemorySock",
              "MemoryShmem",
              "MemoryHighEvents",
              "MemoryMaxEvents",
              "OomEvents",
              "OomKills",
              "Pids",
              "PidsLimit");
      e.limit = a.whole("MemoryLimit");
      e.high = a.whole("MemoryHigh");
      e.usage = a.whole("MemoryUsage");
      e.peak = a.whole("MemoryPeak");
      e.swapLimit = a.whole("SwapLimit");
      e.swapUsage = a.whole("SwapUsage");
      e.anon = a.whole("MemoryAnon");
      e.file = a.whole("MemoryFile");
      e.kernel = a.whole("MemoryKernel");
      e.sock = a.whole("MemorySock");
      e.shmem = a.whole("MemoryShmem");
      e.highEvents = a.whole("MemoryHighEvents");
      e.maxEvents = a.whole("MemoryMaxEvents");
      e.oomEvents = a.whole("OomEvents");
      e.oomKills = a.whole("OomKills");
      e.pids = a.whole("Pids");
      e.pidsLimit = a.whole("PidsLimit");
      e.commit();
    }

    void footprint() throws JMException {
      MemoryFootprintEvent e = new MemoryFootprintEvent();
      e.begin();
      Attributes a = Attributes.read(server, process, "Uss", "Pss", "FootprintSwap");
      e.uss = a.whole("Uss");
      e.pss = a.whole("Pss");
      e.swap = a.whole("FootprintSwap");
      e.commit();
    }

    void heap() throws JMException {
      NativeHeapEvent e = new NativeHeapEvent();
      e.begin();
      Attributes a = Attributes.read(server, process, "HeapUsed", "MmapUsed");
      e.heapUsed = a.whole("HeapUsed");
      e.mmapUsed = a.whole("MmapUsed");
      e.commit();
    }

    void threads() throws JMException {
      // every thread's event starts before the one read they share, so its duration is what the
      // read cost: as many are begun as there were threads last time, and a few more
      List<NativeThreadEvent> begun = new ArrayList<>();
      for (int i = 0; i < expectedThreads; i++) {
        NativeThreadEvent e = new NativeThreadEvent();
        e.begin();
        begun.add(e);
      }
      Object table = server.getAttribute(threads, "Threads");
      if (!(table instanceof TabularData)) {
        return;
      }
      int n = 0;
      for (Object row : ((TabularData) table).values()) {
        CompositeData t = (CompositeData) row;
        NativeThreadEvent e = n < begun.size() ? begun.get(n) : new NativeThreadEvent();
        n++;
        e.tid = ((Number) t.get("Tid")).longValue();
        e.name = (String) t.get("Name");
        e.state = (String) t.get("State");
        e.userTime = Attributes.nanos(t.get("User"));
        e.systemTime = Attributes.nanos(t.get("System"));
        e.voluntarySwitches = Attributes.whole(t.get("CtxSwitchesVoluntary"));
        e.involuntarySwitches = Attributes.whole(t.get("CtxSwitchesInvoluntary"));
        e.javaThreadId = Attributes.whole(t.get("JavaThreadId"));
        e.javaThreadName = (String) t.get("JavaThreadName");
        e.commit();
      }
      expectedThreads = n + SPARE_THREAD_EVENTS;
    }
  }
}

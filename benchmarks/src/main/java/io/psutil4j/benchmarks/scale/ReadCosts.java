package io.psutil4j.benchmarks.scale;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.management.AttributeList;
import javax.management.JMException;
import javax.management.MBeanAttributeInfo;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

/**
 * What reads of one host cost as a remote client sees them. The agent's default cache answers a
 * source's second read within 1 s from its last reading, so every round first waits {@link
 * #PAST_CACHE_MILLIS}: its first read of each source refreshes it (goes to the kernel), the reads
 * right after it hit the cache, while the round is under 0.8 s old. Rounds alternate: the cheap
 * attributes, the full read through the connector, the full read made inside the host ({@link
 * InHostRead}, the agent's own work without the transport), then the floor of that read made inside
 * the host in the same rhythm: its files and code as idle for as long as the full read's.
 */
final class ReadCosts {
  /** The default cache (1000 ms) plus a margin. */
  static final long PAST_CACHE_MILLIS = 1100;

  /** A read counts as a cache hit only if it ended this soon after its round's refresh began. */
  private static final long HIT_WINDOW_NANOS = 800_000_000L;

  private static final int HITS_PER_ROUND = 10;

  static final ObjectName MEMORY = name("psutil4j:type=Memory");

  private static final ObjectName IN_HOST = name(InHostRead.NAME);

  /** The cheap attributes of the issue, each its own source: fd listing, statm, meminfo. */
  static final List<Cheap> CHEAP =
      List.of(
          new Cheap("Process.NumFds", ScaleHost.PROCESS, "NumFds"),
          new Cheap("Process.Rss", ScaleHost.PROCESS, "Rss"),
          new Cheap("Memory.Total", MEMORY, "Total"));

  /** One cheap attribute. */
  record Cheap(String label, ObjectName bean, String attribute) {}

  /** One read of the full read's floor inside the host: its own time there, in nanoseconds. */
  interface FloorRead {
    long inHostNanos() throws IOException, JMException;
  }

  private final MBeanServerConnection connection;
  private final List<ObjectName> names = new ArrayList<>();
  private final List<String[]> attributes = new ArrayList<>();
  private int attributeCount;

  ReadCosts(MBeanServerConnection connection) throws IOException, JMException {
    this.connection = connection;
    for (ObjectName name : connection.queryNames(new ObjectName("psutil4j:*"), null)) {
      MBeanAttributeInfo[] infos = connection.getMBeanInfo(name).getAttributes();
      String[] list = new String[infos.length];
      for (int i = 0; i < infos.length; i++) {
        list[i] = infos[i].getName();
      }
      names.add(name);
      attributes.add(list);
      attributeCount += list.length;
    }
  }

  int mbeans() {
    return names.size();
  }

  int attributes() {
    return attributeCount;
  }

  /** Every attribute of every psutil4j MBean, one getAttributes per MBean; the values answered. */
  int fullRead() throws IOException, JMException {
    return fullRead(null, false);
  }

  /** The same, each MBean's getAttributes timed into {@code perType} by its {@code type} key. */
  private int fullRead(Map<String, Recorder> perType, boolean recorded)
      throws IOException, JMException {
    int values = 0;
    Map<String, Long> roundByType = new TreeMap<>();
    for (int i = 0; i < names.size(); i++) {
      long t0 = System.nanoTime();
      AttributeList answered = connection.getAttributes(names.get(i), attributes.get(i));
      roundByType.merge(names.get(i).getKeyProperty("type"), System.nanoTime() - t0, Long::sum);
      values += answered.size();
    }
    if (perType != null && recorded) {
      roundByType.forEach((type, nanos) -> perType.get(type).add(nanos));
    }
    return values;
  }

  /** The results of {@code rounds} rounds of each kind after {@code warmRounds} unrecorded ones. */
  Result measure(int warmRounds, int rounds, FloorRead floor) throws Exception {
    Recorder[] cheapRefresh = new Recorder[CHEAP.size()];
    Recorder[] cheapHit = new Recorder[CHEAP.size()];
    for (int i = 0; i < CHEAP.size(); i++) {
      cheapRefresh[i] = new Recorder(rounds);
      cheapHit[i] = new Recorder(rounds * HITS_PER_ROUND);
    }
    Recorder fullRefresh = new Recorder(rounds);
    Map<String, Recorder> perType = new TreeMap<>();
    for (ObjectName name : names) {
      perType.computeIfAbsent(name.getKeyProperty("type"), t -> new Recorder(rounds));
    }
    Recorder fullHit = new Recorder(rounds * HITS_PER_ROUND);
    String[] types = (String[]) connection.getAttribute(IN_HOST, "Types");
    Recorder inHostRefresh = new Recorder(rounds);
    Recorder floorInHost = new Recorder(rounds);
    Map<String, Recorder> inHostByType = new TreeMap<>();
    for (String type : types) {
      inHostByType.put(type, new Recorder(rounds));
    }
    int fewestValues = Integer.MAX_VALUE;
    for (int round = 0; round < warmRounds + rounds; round++) {
      boolean recorded = round >= warmRounds;
      Thread.sleep(PAST_CACHE_MILLIS);
      long roundStart = System.nanoTime();
      for (int i = 0; i < CHEAP.size(); i++) {
        Cheap c = CHEAP.get(i);
        long t0 = System.nanoTime();
        connection.getAttribute(c.bean(), c.attribute());
        record(recorded, cheapRefresh[i], t0);
      }
      for (int hit = 0; hit < HITS_PER_ROUND && inWindow(roundStart); hit++) {
        for (int i = 0; i < CHEAP.size(); i++) {
          Cheap c = CHEAP.get(i);
          long t0 = System.nanoTime();
          connection.getAttribute(c.bean(), c.attribute());
          recordHit(recorded, cheapHit[i], t0, roundStart);
        }
      }
      Thread.sleep(PAST_CACHE_MILLIS);
      roundStart = System.nanoTime();
      long t0 = System.nanoTime();
      fewestValues = Math.min(fewestValues, fullRead(perType, recorded));
      record(recorded, fullRefresh, t0);
      for (int hit = 0; hit < HITS_PER_ROUND && inWindow(roundStart); hit++) {
        t0 = System.nanoTime();
        fullRead();
        recordHit(recorded, fullHit, t0, roundStart);
      }
      Thread.sleep(PAST_CACHE_MILLIS);
      long[] inHost = (long[]) connection.invoke(IN_HOST, "readNanos", null, null);
      if (recorded) {
        inHostRefresh.add(inHost[0]);
        for (int i = 0; i < types.length; i++) {
          inHostByType.get(types[i]).add(inHost[i + 1]);
        }
      }
      Thread.sleep(PAST_CACHE_MILLIS);
      long floorNanos = floor.inHostNanos();
      if (recorded) {
        floorInHost.add(floorNanos);
      }
    }
    List<Samples> refresh = new ArrayList<>();
    List<Samples> hits = new ArrayList<>();
    for (int i = 0; i < CHEAP.size(); i++) {
      refresh.add(cheapRefresh[i].samples());
      hits.add(cheapHit[i].samples());
    }
    Map<String, Samples> refreshByType = new TreeMap<>();
    perType.forEach((type, recorder) -> refreshByType.put(type, recorder.samples()));
    Map<String, Samples> inHostRefreshByType = new TreeMap<>();
    inHostByType.forEach((type, recorder) -> inHostRefreshByType.put(type, recorder.samples()));
    return new Result(
        refresh,
        hits,
        fullRefresh.samples(),
        fullHit.samples(),
        refreshByType,
        inHostRefresh.samples(),
        inHostRefreshByType,
        floorInHost.samples(),
        fewestValues,
        attributeCount);
  }

  private static void record(boolean recorded, Recorder into, long start) {
    if (recorded) {
      into.add(System.nanoTime() - start);
    }
  }

  /** Hits are read only while the round's refresh is young: later ones would find it expired. */
  private static boolean inWindow(long roundStart) {
    return System.nanoTime() - roundStart < HIT_WINDOW_NANOS;
  }

  /** A read that ended late in its round may have refreshed: it is not counted as a hit. */
  private static void recordHit(boolean recorded, Recorder into, long start, long roundStart) {
    if (recorded && inWindow(roundStart)) {
      into.add(System.nanoTime() - start);
    }
  }

  private static ObjectName name(String name) {
    try {
      return new ObjectName(name);
    } catch (JMException e) {
      throw new IllegalArgumentException(name, e);
    }
  }

  /** Samples of one kind of read; its array is sized for every round. */
  private static final class Recorder {
    private final long[] nanos;
    private int count;

    Recorder(int capacity) {
      this.nanos = new long[capacity];
    }

    void add(long value) {
      nanos[count++] = value;
    }

    Samples samples() {
      return new Samples(nanos, count);
    }
  }

  /**
   * One shape's reads: per cheap attribute (in {@link #CHEAP}'s order), the full read, and the
   * refresh full read's time per MBean type (the getAttributes of every MBean of that type); the
   * same refresh made inside the host, whole and per type; its floor made inside the host once per
   * round, {@link #PAST_CACHE_MILLIS} after the in-host read.
   */
  record Result(
      List<Samples> cheapRefresh,
      List<Samples> cheapHit,
      Samples fullRefresh,
      Samples fullHit,
      Map<String, Samples> fullRefreshByType,
      Samples inHostRefresh,
      Map<String, Samples> inHostRefreshByType,
      Samples floorInHost,
      int fewestValues,
      int attributes) {}
}

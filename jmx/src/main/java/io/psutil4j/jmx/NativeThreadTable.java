package io.psutil4j.jmx;

import io.psutil4j.spi.TaskInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.openmbean.CompositeDataSupport;
import javax.management.openmbean.CompositeType;
import javax.management.openmbean.OpenDataException;
import javax.management.openmbean.OpenType;
import javax.management.openmbean.SimpleType;
import javax.management.openmbean.TabularData;
import javax.management.openmbean.TabularDataSupport;
import javax.management.openmbean.TabularType;

/**
 * The Threads MBean's Threads attribute: the JVM's native threads with their CPU, matched to Java
 * threads by name.
 *
 * <p>Matching: no JDK API gives a Java thread's native tid (JDK 19+ has none at all). HotSpot names
 * each native thread it starts after the Java thread (pthread_setname_np), truncated to the
 * kernel's 15 bytes. A native thread is matched to the one Java thread whose name gives that comm;
 * when two native threads share a comm, or two Java threads give the same comm, the match is
 * ambiguous and left empty rather than guessed. Threads the launcher created (the "main" thread is
 * named "java" by the kernel) and JVM-internal ones (GC, compiler, VM) have no Java match.
 */
final class NativeThreadTable {
  private static final int COMM_BYTES = 15;

  private static final String[] ITEMS = {
    "Tid",
    "Name",
    "State",
    "User",
    "System",
    "CtxSwitchesVoluntary",
    "CtxSwitchesInvoluntary",
    "JavaThreadId",
    "JavaThreadName"
  };
  static final CompositeType ROW;
  static final TabularType TYPE;

  static {
    try {
      ROW =
          new CompositeType(
              "io.psutil4j.NativeThread",
              "One native thread of this JVM",
              ITEMS,
              new String[] {
                "Thread id [id]",
                "Kernel thread name, comm [text]",
                "State letter of /proc/self/task/TID/stat [text]",
                "User CPU [seconds]",
                "System CPU [seconds]",
                "Voluntary context switches [count]",
                "Involuntary context switches [count]",
                "Java thread id; null when no single Java thread matches [id]",
                "Java thread name; null when no single Java thread matches [text]"
              },
              new OpenType<?>[] {
                SimpleType.INTEGER,
                SimpleType.STRING,
                SimpleType.STRING,
                SimpleType.DOUBLE,
                SimpleType.DOUBLE,
                SimpleType.LONG,
                SimpleType.LONG,
                SimpleType.LONG,
                SimpleType.STRING
              });
      TYPE =
          new TabularType(
              "io.psutil4j.NativeThreads", "The JVM's native threads", ROW, new String[] {"Tid"});
    } catch (OpenDataException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private NativeThreadTable() {}

  /** The comm the kernel shows for a Java thread name: its first 15 UTF-8 bytes. */
  static String comm(String javaName) {
    byte[] b = javaName.getBytes(StandardCharsets.UTF_8);
    if (b.length <= COMM_BYTES) {
      return javaName;
    }
    // a cut inside a multi-byte character: the kernel keeps the bytes; decoding drops the partial
    String cut = new String(b, 0, COMM_BYTES, StandardCharsets.UTF_8);
    return cut.endsWith("\uFFFD") ? cut.substring(0, cut.length() - 1) : cut;
  }

  /** Native name to the single Java thread giving it; ambiguous names map to null. */
  static Map<String, ThreadInfo> javaThreadsByComm(ThreadInfo[] infos) {
    Map<String, ThreadInfo> byComm = new HashMap<>();
    for (ThreadInfo t : infos) {
      if (t == null) {
        continue;
      }
      String c = comm(t.getThreadName());
      byComm.put(c, byComm.containsKey(c) ? null : t);
    }
    return byComm;
  }

  /**
   * The {@code max} threads of {@code every} with the most CPU, each with its Java thread where one
   * matches.
   */
  static TabularData of(List<TaskInfo> every, int max) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Map<String, ThreadInfo> java = javaThreadsByComm(mx.getThreadInfo(mx.getAllThreadIds(), 0));
    Map<String, Integer> nativeNames = new HashMap<>();
    for (TaskInfo t : every) {
      nativeNames.merge(t.name(), 1, Integer::sum);
    }
    TabularDataSupport out = new TabularDataSupport(TYPE);
    for (TaskInfo t : busiest(every, max)) {
      ThreadInfo j = nativeNames.getOrDefault(t.name(), 0) == 1 ? java.get(t.name()) : null;
      try {
        out.put(
            new CompositeDataSupport(
                ROW,
                ITEMS,
                new Object[] {
                  t.tid(),
                  t.name(),
                  String.valueOf(t.state()),
                  t.user(),
                  t.system(),
                  t.voluntary(),
                  t.involuntary(),
                  j == null ? null : j.getThreadId(),
                  j == null ? null : j.getThreadName()
                }));
      } catch (OpenDataException e) {
        throw new IllegalStateException(e);
      }
    }
    return out;
  }

  /** The {@code max} threads with the most CPU, busiest first; null stays null. */
  static List<TaskInfo> busiest(List<TaskInfo> all, int max) {
    if (all == null || all.size() <= max) {
      return all;
    }
    List<TaskInfo> sorted = new ArrayList<>(all);
    sorted.sort(Comparator.comparingDouble((TaskInfo t) -> t.user() + t.system()).reversed());
    return sorted.subList(0, max);
  }
}

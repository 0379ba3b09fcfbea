package io.psutil4j;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * psutil's {@code as_dict}: the attribute table (psutil's names, Linux set) and the loop that reads
 * them inside one oneshot, AccessDenied and ZombieProcess becoming {@code ad_value}.
 */
final class ProcessDict {
  private static final Map<String, Attr> ATTRS = table();

  private ProcessDict() {}

  /** One attribute: its no-argument getter and the Java type that getter returns. */
  private static final class Attr {
    final Class<?> type;
    final Function<Process, Object> getter;

    Attr(Class<?> type, Function<Process, Object> getter) {
      this.type = type;
      this.getter = getter;
    }
  }

  private static Map<String, Attr> table() {
    Map<String, Attr> t = new TreeMap<>();
    t.put("cmdline", new Attr(List.class, Process::cmdline));
    t.put("cpu_affinity", new Attr(List.class, Process::cpuAffinity));
    t.put("cpu_num", new Attr(int.class, Process::cpuNum));
    t.put("cpu_percent", new Attr(double.class, Process::cpuPercent));
    t.put("cpu_times", new Attr(ProcessCpuTimes.class, Process::cpuTimes));
    t.put("create_time", new Attr(double.class, Process::createTime));
    t.put("cwd", new Attr(String.class, Process::cwd));
    t.put("environ", new Attr(Map.class, Process::environ));
    t.put("exe", new Attr(String.class, Process::exe));
    t.put("gids", new Attr(Gids.class, Process::gids));
    t.put("io_counters", new Attr(IoCounters.class, Process::ioCounters));
    t.put("ionice", new Attr(IoNice.class, Process::ionice));
    t.put("memory_footprint", new Attr(MemoryFootprint.class, Process::memoryFootprint));
    t.put("memory_full_info", new Attr(MemoryFullInfo.class, ProcessDict::memoryFullInfo));
    t.put("memory_info", new Attr(MemoryInfo.class, Process::memoryInfo));
    t.put("memory_info_ex", new Attr(MemoryInfoEx.class, Process::memoryInfoEx));
    t.put("memory_maps", new Attr(List.class, Process::memoryMaps));
    t.put("memory_percent", new Attr(double.class, Process::memoryPercent));
    t.put("name", new Attr(String.class, Process::name));
    t.put("net_connections", new Attr(List.class, Process::netConnections));
    t.put("nice", new Attr(int.class, Process::nice));
    t.put("num_ctx_switches", new Attr(CtxSwitches.class, Process::numCtxSwitches));
    t.put("num_fds", new Attr(int.class, Process::numFds));
    t.put("num_threads", new Attr(int.class, Process::numThreads));
    t.put("open_files", new Attr(List.class, Process::openFiles));
    t.put("page_faults", new Attr(PageFaults.class, Process::pageFaults));
    t.put("pid", new Attr(int.class, Process::pid));
    t.put("ppid", new Attr(int.class, Process::ppid));
    t.put("status", new Attr(ProcessStatus.class, Process::status));
    t.put("terminal", new Attr(String.class, p -> p.terminal().orElse(null)));
    t.put("threads", new Attr(List.class, Process::threads));
    t.put("uids", new Attr(Uids.class, Process::uids));
    t.put("username", new Attr(String.class, Process::username));
    return Collections.unmodifiableMap(t);
  }

  /** psutil's _as_dict_attrnames_deprecated: accepted when asked for, not read by default. */
  private static final List<String> DEPRECATED = Collections.singletonList("memory_full_info");

  @SuppressWarnings("deprecation") // psutil 8 still answers it when asked for by name
  private static Object memoryFullInfo(Process p) {
    return p.memoryFullInfo();
  }

  /**
   * Whether the getter of {@code attr} can return {@code adValue}: null for a reference type, or an
   * instance of its (boxed) type. A getter returning int or double cannot return null.
   */
  static boolean canAnswer(String attr, Object adValue) {
    Attr a = ATTRS.get(attr);
    if (a == null) {
      return false;
    }
    if (adValue == null) {
      return !a.type.isPrimitive();
    }
    Class<?> boxed =
        a.type == int.class ? Integer.class : a.type == double.class ? Double.class : a.type;
    return boxed.isInstance(adValue);
  }

  /** psutil's {@code Process.attrs}: what as_dict reads by default, sorted. */
  static List<String> names() {
    List<String> names = new ArrayList<>(ATTRS.keySet());
    names.removeAll(DEPRECATED);
    return Collections.unmodifiableList(names);
  }

  static void validate(List<String> attrs) {
    if (attrs == null) {
      return;
    }
    List<String> bad = new ArrayList<>();
    for (String a : attrs) {
      if (!ATTRS.containsKey(a)) {
        bad.add("'" + a + "'");
      }
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid attr name" + (bad.size() > 1 ? "s " : " ") + String.join(", ", bad));
    }
  }

  static Map<String, Object> asDict(Process p, List<String> attrs, Object adValue) {
    Map<String, Object> raw = read(p, attrs);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : raw.entrySet()) {
      out.put(e.getKey(), e.getValue() instanceof Process.Failure ? adValue : e.getValue());
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * The attributes, a failed one (AccessDenied, ZombieProcess) kept as a {@link Process.Failure};
   * NoSuchProcess propagates. An attribute the kernel cannot give (UnsupportedOperationException,
   * psutil's NotImplementedError) is left out unless it was asked for.
   */
  static Map<String, Object> read(Process p, List<String> attrs) {
    validate(attrs);
    List<String> names = attrs == null || attrs.isEmpty() ? names() : attrs;
    Map<String, Object> out = new LinkedHashMap<>();
    Process.Oneshot scope = p.oneshot();
    try {
      for (String name : names) {
        try {
          out.put(name, ATTRS.get(name).getter.apply(p));
        } catch (AccessDenied | ZombieProcess e) {
          out.put(name, new Process.Failure(e));
        } catch (UnsupportedOperationException e) {
          if (attrs != null && !attrs.isEmpty()) {
            throw e;
          }
        }
      }
    } finally {
      scope.close();
    }
    return out;
  }
}

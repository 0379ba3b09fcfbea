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
  private static final Map<String, Function<Process, Object>> GETTERS = table();

  private ProcessDict() {}

  private static Map<String, Function<Process, Object>> table() {
    Map<String, Function<Process, Object>> t = new TreeMap<>();
    t.put("cmdline", Process::cmdline);
    t.put("cpu_affinity", Process::cpuAffinity);
    t.put("cpu_num", Process::cpuNum);
    t.put("cpu_percent", Process::cpuPercent);
    t.put("cpu_times", Process::cpuTimes);
    t.put("create_time", Process::createTime);
    t.put("cwd", Process::cwd);
    t.put("environ", Process::environ);
    t.put("exe", Process::exe);
    t.put("gids", Process::gids);
    t.put("io_counters", Process::ioCounters);
    t.put("ionice", Process::ionice);
    t.put("memory_footprint", Process::memoryFootprint);
    t.put("memory_info", Process::memoryInfo);
    t.put("memory_info_ex", Process::memoryInfoEx);
    t.put("memory_maps", Process::memoryMaps);
    t.put("memory_percent", Process::memoryPercent);
    t.put("name", Process::name);
    t.put("net_connections", Process::netConnections);
    t.put("nice", Process::nice);
    t.put("num_ctx_switches", Process::numCtxSwitches);
    t.put("num_fds", Process::numFds);
    t.put("num_threads", Process::numThreads);
    t.put("open_files", Process::openFiles);
    t.put("page_faults", Process::pageFaults);
    t.put("pid", Process::pid);
    t.put("ppid", Process::ppid);
    t.put("status", Process::status);
    t.put("terminal", p -> p.terminal().orElse(null));
    t.put("threads", Process::threads);
    t.put("uids", Process::uids);
    t.put("username", Process::username);
    return Collections.unmodifiableMap(t);
  }

  static List<String> names() {
    return Collections.unmodifiableList(new ArrayList<>(GETTERS.keySet()));
  }

  static void validate(List<String> attrs) {
    if (attrs == null) {
      return;
    }
    List<String> bad = new ArrayList<>();
    for (String a : attrs) {
      if (!GETTERS.containsKey(a)) {
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
          out.put(name, GETTERS.get(name).apply(p));
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

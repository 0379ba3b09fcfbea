package io.psutil4j;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * psutil's process attributes (the Linux set of {@code as_dict}), each once: its psutil name, the
 * Java type its getter returns and the getter. as_dict, process_iter's prefetch and its attrs
 * check, {@link Process#attrs()} (and so {@code dump}) all read this table. Declared in the sorted
 * order psutil's {@code Process.attrs} shows.
 */
enum ProcessAttribute {
  CMDLINE("cmdline", List.class, Process::cmdline),
  CPU_AFFINITY("cpu_affinity", List.class, Process::cpuAffinity),
  CPU_NUM("cpu_num", int.class, Process::cpuNum),
  CPU_PERCENT("cpu_percent", double.class, Process::cpuPercent),
  CPU_TIMES("cpu_times", ProcessCpuTimes.class, Process::cpuTimes),
  CREATE_TIME("create_time", double.class, Process::createTime),
  CWD("cwd", String.class, Process::cwd),
  ENVIRON("environ", Map.class, Process::environ),
  EXE("exe", String.class, Process::exe),
  GIDS("gids", Gids.class, Process::gids),
  IO_COUNTERS("io_counters", IoCounters.class, Process::ioCounters),
  IONICE("ionice", IoNice.class, Process::ionice),
  MEMORY_FOOTPRINT("memory_footprint", MemoryFootprint.class, Process::memoryFootprint),
  /** psutil's _as_dict_attrnames_deprecated: accepted when asked for, not read by default. */
  MEMORY_FULL_INFO("memory_full_info", MemoryFullInfo.class, ProcessAttribute::memoryFullInfo),
  MEMORY_INFO("memory_info", MemoryInfo.class, Process::memoryInfo),
  MEMORY_INFO_EX("memory_info_ex", MemoryInfoEx.class, Process::memoryInfoEx),
  MEMORY_MAPS("memory_maps", List.class, Process::memoryMaps),
  MEMORY_PERCENT("memory_percent", double.class, Process::memoryPercent),
  NAME("name", String.class, Process::name),
  NET_CONNECTIONS("net_connections", List.class, Process::netConnections),
  NICE("nice", int.class, Process::nice),
  NUM_CTX_SWITCHES("num_ctx_switches", CtxSwitches.class, Process::numCtxSwitches),
  NUM_FDS("num_fds", int.class, Process::numFds),
  NUM_THREADS("num_threads", int.class, Process::numThreads),
  OPEN_FILES("open_files", List.class, Process::openFiles),
  PAGE_FAULTS("page_faults", PageFaults.class, Process::pageFaults),
  PID("pid", int.class, Process::pid),
  PPID("ppid", int.class, Process::ppid),
  STATUS("status", ProcessStatus.class, Process::status),
  TERMINAL("terminal", String.class, p -> p.terminal().orElse(null)),
  THREADS("threads", List.class, Process::threads),
  UIDS("uids", Uids.class, Process::uids),
  USERNAME("username", String.class, Process::username);

  private static final Map<String, ProcessAttribute> BY_NAME = byName();

  private final String psutilName;
  private final Class<?> type;
  private final Function<Process, Object> getter;

  ProcessAttribute(String psutilName, Class<?> type, Function<Process, Object> getter) {
    this.psutilName = psutilName;
    this.type = type;
    this.getter = getter;
  }

  String psutilName() {
    return psutilName;
  }

  /** Read by as_dict when no attrs are given. */
  boolean byDefault() {
    return this != MEMORY_FULL_INFO;
  }

  Object read(Process p) {
    return getter.apply(p);
  }

  /**
   * Whether the getter can return {@code adValue}: null for a reference type, or an instance of its
   * (boxed) type. A getter returning int or double cannot return null.
   */
  boolean canAnswer(Object adValue) {
    if (adValue == null) {
      return !type.isPrimitive();
    }
    Class<?> boxed = type == int.class ? Integer.class : type == double.class ? Double.class : type;
    return boxed.isInstance(adValue);
  }

  /** The attribute of this psutil name, or null. */
  static ProcessAttribute named(String psutilName) {
    return BY_NAME.get(psutilName);
  }

  private static Map<String, ProcessAttribute> byName() {
    Map<String, ProcessAttribute> names = new HashMap<>();
    for (ProcessAttribute a : values()) {
      names.put(a.psutilName, a);
    }
    return Collections.unmodifiableMap(names);
  }

  @SuppressWarnings("deprecation") // psutil 8 still answers it when asked for by name
  private static Object memoryFullInfo(Process p) {
    return p.memoryFullInfo();
  }
}

package io.psutil4j;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * psutil's process attributes (the Linux set of {@code as_dict}), each once: its psutil name (the
 * constant in lower case), the Java type its getter returns and the getter. as_dict, process_iter's
 * prefetch and its attrs check, {@link Process#attrs()} (and so {@code dump}) all read this table.
 * Declared in the sorted order psutil's {@code Process.attrs} shows.
 */
@SuppressWarnings("ImmutableEnumChecker") // each getter is a method reference to a Process getter
enum ProcessAttribute {
  CMDLINE(List.class, Process::cmdline),
  CPU_AFFINITY(List.class, Process::cpuAffinity),
  CPU_NUM(int.class, Process::cpuNum),
  CPU_PERCENT(double.class, Process::cpuPercent),
  CPU_TIMES(ProcessCpuTimes.class, Process::cpuTimes),
  CREATE_TIME(double.class, Process::createTime),
  CWD(String.class, Process::cwd),
  ENVIRON(Map.class, Process::environ),
  EXE(String.class, Process::exe),
  GIDS(Gids.class, Process::gids),
  IO_COUNTERS(IoCounters.class, Process::ioCounters),
  IONICE(IoNice.class, Process::ionice),
  MEMORY_FOOTPRINT(MemoryFootprint.class, Process::memoryFootprint),
  /** psutil's _as_dict_attrnames_deprecated: accepted when asked for, not read by default. */
  MEMORY_FULL_INFO(MemoryFullInfo.class, ProcessAttribute::memoryFullInfo),
  MEMORY_INFO(MemoryInfo.class, Process::memoryInfo),
  MEMORY_INFO_EX(MemoryInfoEx.class, Process::memoryInfoEx),
  MEMORY_MAPS(List.class, Process::memoryMaps),
  MEMORY_PERCENT(double.class, Process::memoryPercent),
  NAME(String.class, Process::name),
  NET_CONNECTIONS(List.class, Process::netConnections),
  NICE(int.class, Process::nice),
  NUM_CTX_SWITCHES(CtxSwitches.class, Process::numCtxSwitches),
  NUM_FDS(int.class, Process::numFds),
  NUM_THREADS(int.class, Process::numThreads),
  OPEN_FILES(List.class, Process::openFiles),
  PAGE_FAULTS(PageFaults.class, Process::pageFaults),
  PID(int.class, Process::pid),
  PPID(int.class, Process::ppid),
  STATUS(ProcessStatus.class, Process::status),
  TERMINAL(String.class, p -> p.terminal().orElse(null)),
  THREADS(List.class, Process::threads),
  UIDS(Uids.class, Process::uids),
  USERNAME(String.class, Process::username);

  private final String psutilName = name().toLowerCase(Locale.ROOT);
  private final Class<?> type;
  private final Function<Process, Object> getter;

  ProcessAttribute(Class<?> type, Function<Process, Object> getter) {
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

  @Nullable Object read(Process p) {
    return getter.apply(p);
  }

  /**
   * Whether the getter can return {@code adValue}: null for a reference type, or an instance of its
   * (boxed) type. A getter returning int or double cannot return null.
   */
  boolean canAnswer(@Nullable Object adValue) {
    if (adValue == null) {
      return !type.isPrimitive();
    }
    Class<?> boxed = type == int.class ? Integer.class : type == double.class ? Double.class : type;
    return boxed.isInstance(adValue);
  }

  /** The attribute of this psutil name, or null. */
  static @Nullable ProcessAttribute named(String psutilName) {
    for (ProcessAttribute a : values()) {
      if (a.psutilName.equals(psutilName)) {
        return a;
      }
    }
    return null;
  }

  @SuppressWarnings("deprecation") // psutil 8 still answers it when asked for by name
  private static Object memoryFullInfo(Process p) {
    return p.memoryFullInfo();
  }
}

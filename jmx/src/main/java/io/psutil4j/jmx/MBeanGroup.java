package io.psutil4j.jmx;

/**
 * The MBeans one can choose to register (agent option {@code mbeans}, {@link
 * JmxConfig#withGroups}): each group is one ObjectName type, except that {@code Cpu} (all CPUs) and
 * {@code PerCpu} ({@code type=Cpu,name=cpuN}, one per CPU) are chosen apart.
 */
public enum MBeanGroup {
  CPU("Cpu"),
  PER_CPU("PerCpu"),
  MEMORY("Memory"),
  SWAP("Swap"),
  HOST("Host"),
  PROCESS("Process"),
  THREADS("Threads"),
  PROCESS_MEMORY("ProcessMemory"),
  NETWORK("Network"),
  SENSORS("Sensors"),
  DISK("Disk"),
  FILE_SYSTEM("FileSystem"),
  NETWORK_INTERFACE("NetworkInterface"),
  CONTAINER("Container"),
  PRESSURE("Pressure"),
  /** Operations that change the system: registered only when controls are enabled too. */
  CONTROLS("Controls");

  private final String displayName;

  MBeanGroup(String displayName) {
    this.displayName = displayName;
  }

  /** The name users write: {@code Cpu}, {@code PerCpu}, {@code FileSystem}, ... */
  public String displayName() {
    return displayName;
  }

  /**
   * The group called {@code name}, ignoring case.
   *
   * @throws IllegalArgumentException naming {@code name} and listing the valid names
   */
  public static MBeanGroup named(String name) {
    for (MBeanGroup g : values()) {
      if (g.displayName.equalsIgnoreCase(name.trim())) {
        return g;
      }
    }
    throw new IllegalArgumentException("no MBean group '" + name + "' (known: " + known() + ")");
  }

  /** Every group's name, in declaration order, separated by ", ". */
  public static String known() {
    StringBuilder s = new StringBuilder();
    for (MBeanGroup g : values()) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(g.displayName);
    }
    return s.toString();
  }
}

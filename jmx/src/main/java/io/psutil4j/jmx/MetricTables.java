package io.psutil4j.jmx;

import java.util.ArrayList;
import java.util.List;

/**
 * Every MBean type's table, in psutil's topic order: those defined as data, and Container's read
 * from its interface's annotations. The metrics reference is generated from these, with no MBean
 * registered anywhere.
 */
final class MetricTables {
  private MetricTables() {}

  /** The tables of the types {@code config} registers (per-entity types whatever the host has). */
  static List<MBeanTable> registeredBy(JmxConfig config) {
    List<MBeanTable> all = new ArrayList<>();
    all.add(CpuTable.TABLE);
    all.add(CpuCoreTable.TABLE);
    all.add(MemoryTable.TABLE);
    all.add(SwapTable.TABLE);
    all.add(DiskTable.TABLE);
    all.add(FileSystemTable.TABLE);
    all.add(NetworkTable.TABLE);
    all.add(NetworkInterfaceTable.TABLE);
    all.add(SensorsTable.TABLE);
    all.add(HostTable.TABLE);
    all.add(ProcessTable.TABLE);
    all.add(ThreadsTable.TABLE);
    all.add(ProcessMemoryTable.TABLE);
    all.add(ContainerTable.TABLE);
    all.add(PressureTable.TABLE);
    all.add(ControlsTable.TABLE);
    all.removeIf(t -> t.group != null && !config.registers(t.group));
    if (PsutilMBeans.registersEntities(config)) {
      // no group of its own: registered with any per-entity type
      all.add(EntityCapsTable.TABLE);
    }
    return all;
  }
}

package io.psutil4j.jmx;

import static io.psutil4j.jmx.MBeanTable.Naming.SINGLETON;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every MBean type's table, in psutil's topic order: those defined as data, and those of the
 * hand-written beans read from their annotations. The metrics reference is generated from these,
 * with no MBean registered anywhere.
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
    all.add(
        AnnotatedTable.of(
            MBeanGroup.PROCESS_MEMORY,
            "ProcessMemory",
            SINGLETON,
            PsutilMBeans.PROCESS_MEMORY_DESCRIPTION,
            ProcessMemoryMXBean.class,
            Map.of()));
    all.add(ContainerTable.TABLE);
    all.add(PressureTable.TABLE);
    all.add(
        AnnotatedTable.of(
            MBeanGroup.CONTROLS,
            "Controls",
            SINGLETON,
            PsutilMBeans.CONTROLS_DESCRIPTION,
            ControlsMXBean.class,
            Map.of()));
    all.removeIf(t -> t.group != null && !config.registers(t.group));
    if (PsutilMBeans.registersEntities(config)) {
      // no group of its own: registered with any per-entity type
      all.add(
          AnnotatedTable.of(
              null,
              "Entities",
              SINGLETON,
              PsutilMBeans.ENTITIES_DESCRIPTION,
              EntityCapsMXBean.class,
              Map.of()));
    }
    return all;
  }
}

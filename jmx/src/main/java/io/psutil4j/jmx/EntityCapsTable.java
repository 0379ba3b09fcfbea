package io.psutil4j.jmx;

import static javax.management.openmbean.SimpleType.INTEGER;

/**
 * {@code psutil4j:type=Entities}: how many entities of each per-entity type the cap left without an
 * MBean (option {@code entities.max}); entities the name patterns leave out are not counted.
 * Registered with any per-entity type; it belongs to no group of its own.
 */
final class EntityCapsTable {
  /** The caps and the counts the per-entity types' last readings left: nothing is read. */
  static final Source<EntityCaps> CAPS =
      Source.named("the per-entity types' last readings (no read)");

  static final MBeanTable TABLE =
      MBeanTable.table(
              null,
              "Entities",
              MBeanTable.Naming.SINGLETON,
              "The cap on per-entity MBeans (Cpu, Disk, FileSystem, NetworkInterface) and how"
                  + " many entities of each type it left without one (option entities.max)")
          .from(CAPS)
          .gauge("Max", INTEGER, "count", EntityCaps::max)
          .described(
              "Most MBeans of one per-entity type (Cpu, Disk, FileSystem, NetworkInterface)",
              "(psutil4j option entities.max)")
          .gauge("CpuLeftOut", INTEGER, "count", c -> c.leftOut("Cpu"))
          .described(
              "Online CPUs without a per-CPU MBean (beyond the cap); null when not registered",
              "len(cpu_times(percpu=True)) beyond the cap")
          .gauge("DiskLeftOut", INTEGER, "count", c -> c.leftOut("Disk"))
          .described(
              "Disks without a Disk MBean (beyond the cap); null when not registered",
              "len(disk_io_counters(perdisk=True)) matching, beyond the cap")
          .gauge("FileSystemLeftOut", INTEGER, "count", c -> c.leftOut("FileSystem"))
          .described(
              "Mounts without a FileSystem MBean (beyond the cap); null when not registered",
              "len(disk_partitions()) matching, beyond the cap")
          .gauge("NetworkInterfaceLeftOut", INTEGER, "count", c -> c.leftOut("NetworkInterface"))
          .described(
              "NICs without a NetworkInterface MBean (beyond the cap); null when not registered",
              "len(net_io_counters(pernic=True)) matching, beyond the cap")
          .build();

  private EntityCapsTable() {}

  static Readings readings(EntityCaps caps) {
    return Readings.cached(0).live(CAPS, () -> caps).build();
  }
}

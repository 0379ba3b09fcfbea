package io.psutil4j.jmx;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One per-entity MBean type: the shared reading of all its entities by name, and how to make the
 * MBean of one. The reading's key set is the set of entities the {@link Reconciler} keeps
 * registered.
 */
final class Entities<R> {
  private final MBeanTable table;
  private final Source<R> source;
  private final Snapshot<Map<String, R>> snapshot;

  /**
   * @param table the type's rows, each read from {@code source} (one entity's share of the type's
   *     reading), and its naming: mountpoints are always quoted, so a name's form never depends on
   *     which characters it holds; kernel device, NIC and CPU names are written as they are (they
   *     hold no character ObjectName syntax reserves)
   * @param reader every entity's reading by name, shared by all the type's MBeans
   */
  Entities(MBeanTable table, Source<R> source, Supplier<Map<String, R>> reader, long cacheMillis) {
    this.table = table;
    this.source = source;
    this.snapshot = new Snapshot<>(reader, cacheMillis);
  }

  String type() {
    return table.type;
  }

  /** Every entity's reading by name; null when the read failed. */
  Map<String, R> current() {
    return snapshot.get();
  }

  javax.management.ObjectName objectName(String domain, String name) {
    return table.naming == MBeanTable.Naming.PER_ENTITY_QUOTED
        ? ObjectNames.quotedEntity(domain, table.type, name)
        : ObjectNames.entity(domain, table.type, name);
  }

  /** The MBean of entity {@code name}: null attributes once the entity is gone from the reading. */
  HookableMBean mbean(String name) {
    return new TableMBean(
        table,
        Readings.of(
            source,
            () -> {
              Map<String, R> all = current();
              return all == null ? null : all.get(name);
            }));
  }
}

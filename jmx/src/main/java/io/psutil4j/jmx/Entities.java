package io.psutil4j.jmx;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.management.ObjectName;
import org.jspecify.annotations.Nullable;

/**
 * One per-entity MBean type: the shared reading of all its entities by name, and how to make the
 * MBean of one. The reading's key set is the set of entities the {@link Reconciler} keeps
 * registered: the reader asks the type's {@link EntitySelector} which ones, before it reads the
 * costly per-entity parts (statvfs, sysfs), so an entity left out costs nothing.
 */
final class Entities<R> {
  /**
   * How long a reading of the type serves the sibling MBeans that have not served it yet: a scrape
   * reads each of them once, within well under this, so a round costs one reading even with no
   * cache.
   */
  static final long ROUND_MILLIS = 500;

  private final MBeanTable table;
  private final Source<R> source;
  private final EntitySelector selector;
  private final Snapshot<Map<String, R>> snapshot;

  /**
   * The ObjectNames of the entities the last Reconciler check saw (one domain per registration).
   */
  private volatile Map<String, ObjectName> named = Map.of();

  /** The Reconciler's view: it too takes a reading the MBeans took a moment ago. */
  private final Readings.Cache<Map<String, R>> forReconciler;

  /**
   * @param table the type's rows, each read from {@code source} (one entity's share of the type's
   *     reading), and its naming: mountpoints are always quoted, so a name's form never depends on
   *     which characters it holds; kernel device, NIC and CPU names are written as they are (they
   *     hold no character ObjectName syntax reserves)
   * @param reader every chosen entity's reading by name, shared by all the type's MBeans
   */
  Entities(
      MBeanTable table,
      Source<R> source,
      EntitySelector selector,
      Function<EntitySelector, Map<String, R>> reader,
      long cacheMillis) {
    this.table = table;
    this.source = source;
    this.selector = selector;
    this.snapshot = new Snapshot<>(() -> reader.apply(selector), cacheMillis);
    this.forReconciler = snapshot.viewer(ROUND_MILLIS);
  }

  String type() {
    return table.type;
  }

  /** Entities left without an MBean by the cap at the last reading. */
  int leftOut() {
    return selector.leftOut();
  }

  /** Every chosen entity's reading by name, for the Reconciler; null when the read failed. */
  @Nullable Map<String, R> current() {
    return forReconciler.get();
  }

  /**
   * Each of {@code entities} by its MBean's name in {@code domain}, in their order. Called by one
   * Reconciler check at a time: the names of the entities the last check saw are kept, so a check
   * parses an ObjectName only for an entity that is new.
   */
  Map<ObjectName, String> objectNames(String domain, Collection<String> entities) {
    Map<String, ObjectName> known = named;
    Map<String, ObjectName> now = new HashMap<>();
    Map<ObjectName, String> out = new LinkedHashMap<>();
    for (String name : entities) {
      ObjectName n = known.get(name);
      if (n == null || !n.getDomain().equals(domain)) {
        n = objectName(domain, name);
      }
      now.put(name, n);
      out.put(n, name);
    }
    named = now;
    return out;
  }

  private ObjectName objectName(String domain, String name) {
    return table.naming == MBeanTable.Naming.PER_ENTITY_QUOTED
        ? ObjectNames.quotedEntity(domain, table.type, name)
        : ObjectNames.entity(domain, table.type, name);
  }

  /** The MBean of entity {@code name}: null attributes once the entity is gone from the reading. */
  HookableMBean mbean(String name) {
    Readings.Cache<Map<String, R>> shared = snapshot.viewer(ROUND_MILLIS);
    return new TableMBean(
        table,
        Readings.shareOf(
            source,
            shared,
            () -> {
              Map<String, R> all = shared.get();
              return all == null ? null : all.get(name);
            }));
  }

  /**
   * The summary of a per-entity type's {@code ReadingAgeSeconds}: {@code entities} names the
   * reading ("every disk").
   */
  static String readingAgeSummary(String type, String entities) {
    return readingAgeSummary(type, entities, "");
  }

  /**
   * As {@link #readingAgeSummary(String, String)}, with {@code stuck}: what a hung entity reads
   * instead of a stale value.
   */
  static String readingAgeSummary(String type, String entities, String stuck) {
    return "Age of the reading of "
        + entities
        + " this MBean's values come from, shared by every "
        + type
        + " MBean and refreshed when one is read and the cache interval has passed: it exceeds"
        + " the interval when no "
        + type
        + " MBean has been read since, or when a refresh passed its 2 s deadline and the last"
        + " reading is served stale"
        + (stuck.isEmpty() ? "" : " (" + stuck + ")")
        + "; null before the first read. Reading it reads nothing";
  }

  /** The entries of {@code all} whose names {@code selector} chooses, in its order. */
  static <V> Map<String, V> chosen(Map<String, V> all, EntitySelector selector) {
    List<String> names = selector.choose(all.keySet());
    if (names.size() == all.size()) {
      return all; // every entity chosen, in its order: no copy (the usual case)
    }
    Map<String, V> out = new LinkedHashMap<>();
    for (String name : names) {
      out.put(name, all.get(name));
    }
    return out;
  }
}

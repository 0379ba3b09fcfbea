package io.psutil4j.jmx;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import javax.management.ObjectName;

/**
 * One per-entity MBean type: the shared reading of all its entities by name, and how to make the
 * MBean of one. The reading's key set is the set of entities the {@link Reconciler} keeps
 * registered: the reader asks the type's {@link EntitySelector} which ones, before it reads the
 * costly per-entity parts (statvfs, sysfs), so an entity left out costs nothing.
 */
final class Entities<R> {
  private final String type;
  private final String description;
  private final boolean alwaysQuote;
  private final Snapshot<Map<String, R>> snapshot;
  private final BiFunction<String, Entities<R>, Object> bean;
  private final Class<?> mxbeanInterface;
  private final EntitySelector selector;

  /**
   * @param alwaysQuote quote every name of this type (mountpoints: so a name's form never depends
   *     on which characters it holds); otherwise names are written as they are (kernel device, NIC
   *     and CPU names hold no character ObjectName syntax reserves)
   */
  <I> Entities(
      String type,
      String description,
      boolean alwaysQuote,
      EntitySelector selector,
      Function<EntitySelector, Map<String, R>> reader,
      long cacheMillis,
      Class<I> mxbeanInterface,
      BiFunction<String, Entities<R>, I> bean) {
    this.type = type;
    this.description = description;
    this.alwaysQuote = alwaysQuote;
    this.selector = selector;
    this.snapshot = new Snapshot<>(() -> reader.apply(selector), cacheMillis);
    this.mxbeanInterface = mxbeanInterface;
    this.bean = bean::apply;
  }

  String type() {
    return type;
  }

  /** Entities left without an MBean by the cap at the last reading. */
  int leftOut() {
    return selector.leftOut();
  }

  /** Every chosen entity's reading by name; null when the read failed. */
  Map<String, R> current() {
    return snapshot.get();
  }

  ObjectName objectName(String domain, String name) {
    return alwaysQuote
        ? ObjectNames.quotedEntity(domain, type, name)
        : ObjectNames.entity(domain, type, name);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  DescribedMBean<?> mbean(String name) {
    return new DescribedMBean(bean.apply(name, this), mxbeanInterface, description);
  }

  /** The entries of {@code all} whose names {@code selector} chooses, in its order. */
  static <V> Map<String, V> chosen(Map<String, V> all, EntitySelector selector) {
    Map<String, V> out = new LinkedHashMap<>();
    for (String name : selector.choose(all.keySet())) {
      out.put(name, all.get(name));
    }
    return out;
  }
}

package io.psutil4j.jmx;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * One per-entity MBean type: the shared reading of all its entities by name, and how to make the
 * MBean of one. The reading's key set is the set of entities the {@link Reconciler} keeps
 * registered.
 */
final class Entities<R> {
  private final String type;
  private final String description;
  private final boolean alwaysQuote;
  private final Snapshot<Map<String, R>> snapshot;
  private final BiFunction<String, Entities<R>, Object> bean;
  private final Class<?> mxbeanInterface;

  /**
   * @param alwaysQuote quote every name of this type (mountpoints: so a name's form never depends
   *     on which characters it holds); otherwise names are written as they are (kernel device, NIC
   *     and CPU names hold no character ObjectName syntax reserves)
   */
  <I> Entities(
      String type,
      String description,
      boolean alwaysQuote,
      Supplier<Map<String, R>> reader,
      long cacheMillis,
      Class<I> mxbeanInterface,
      BiFunction<String, Entities<R>, I> bean) {
    this.type = type;
    this.description = description;
    this.alwaysQuote = alwaysQuote;
    this.snapshot = new Snapshot<>(reader, cacheMillis);
    this.mxbeanInterface = mxbeanInterface;
    this.bean = bean::apply;
  }

  String type() {
    return type;
  }

  /** Every entity's reading by name; null when the read failed. */
  Map<String, R> current() {
    return snapshot.get();
  }

  javax.management.ObjectName objectName(String domain, String name) {
    return alwaysQuote
        ? ObjectNames.quotedEntity(domain, type, name)
        : ObjectNames.entity(domain, type, name);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  HookableMBean mbean(String name) {
    return new DescribedMBean(bean.apply(name, this), mxbeanInterface, description);
  }
}

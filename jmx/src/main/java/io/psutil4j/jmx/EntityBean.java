package io.psutil4j.jmx;

import java.util.Map;
import java.util.function.Function;

/**
 * One per-entity MBean (a disk, NIC, mount or CPU): its values come from the reading its type
 * shares among all its entities, so N disks cost one read of /proc/diskstats per interval. An
 * entity missing from the reading (it just went away) reads null until the reconciler removes it.
 */
abstract class EntityBean<R> {
  private final String name;
  private final Entities<R> entities;

  EntityBean(String name, Entities<R> entities) {
    this.name = name;
    this.entities = entities;
  }

  final <T> T get(Function<R, T> field) {
    Map<String, R> all = entities.current();
    R r = all == null ? null : all.get(name);
    return r == null ? null : field.apply(r);
  }

  final <P, T> T part(Function<R, P> part, Function<P, T> field) {
    return get(
        r -> {
          P p = part.apply(r);
          return p == null ? null : field.apply(p);
        });
  }
}

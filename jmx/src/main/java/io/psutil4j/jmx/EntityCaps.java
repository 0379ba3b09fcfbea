package io.psutil4j.jmx;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The per-entity types' caps: the most MBeans of one type, and how many entities each type left out
 * at its last reading. Reads no kernel file; the counts come from the readings the per-entity
 * MBeans share.
 */
final class EntityCaps {
  private final int max;
  private final List<Entities<?>> kinds;

  EntityCaps(int max, List<Entities<?>> kinds) {
    this.max = max;
    this.kinds = List.copyOf(kinds);
  }

  int max() {
    return max;
  }

  /** Entities of {@code type} left without an MBean; null when the type is not registered. */
  @Nullable Integer leftOut(String type) {
    for (Entities<?> k : kinds) {
      if (k.type().equals(type)) {
        return k.leftOut();
      }
    }
    return null;
  }
}

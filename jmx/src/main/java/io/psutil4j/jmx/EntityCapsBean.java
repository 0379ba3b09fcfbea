package io.psutil4j.jmx;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The per-entity types' caps: how many entities each left out at its last reading. Reads no kernel
 * file; the counts come from the readings the per-entity MBeans share.
 */
final class EntityCapsBean implements EntityCapsMXBean {
  private final int max;
  private final List<Entities<?>> kinds;

  EntityCapsBean(int max, List<Entities<?>> kinds) {
    this.max = max;
    this.kinds = kinds;
  }

  private @Nullable Integer leftOut(String type) {
    for (Entities<?> k : kinds) {
      if (k.type().equals(type)) {
        return k.leftOut();
      }
    }
    return null;
  }

  @Override
  public Integer getMax() {
    return max;
  }

  @Override
  public @Nullable Integer getCpuLeftOut() {
    return leftOut("Cpu");
  }

  @Override
  public @Nullable Integer getDiskLeftOut() {
    return leftOut("Disk");
  }

  @Override
  public @Nullable Integer getFileSystemLeftOut() {
    return leftOut("FileSystem");
  }

  @Override
  public @Nullable Integer getNetworkInterfaceLeftOut() {
    return leftOut("NetworkInterface");
  }
}

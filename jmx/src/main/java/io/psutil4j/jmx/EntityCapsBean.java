package io.psutil4j.jmx;

import java.util.List;

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

  private Integer leftOut(String type) {
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
  public Integer getCpuLeftOut() {
    return leftOut("Cpu");
  }

  @Override
  public Integer getDiskLeftOut() {
    return leftOut("Disk");
  }

  @Override
  public Integer getFileSystemLeftOut() {
    return leftOut("FileSystem");
  }

  @Override
  public Integer getNetworkInterfaceLeftOut() {
    return leftOut("NetworkInterface");
  }
}

package io.psutil4j.jmx;

/**
 * One kernel reading that attributes take their values from ({@code virtual_memory()} from
 * /proc/meminfo, {@code net_connections('inet')} from the socket tables): a table's rows name it,
 * and each MBean reads it through a {@link Snapshot} of its own, so a read of one attribute costs
 * only its source. Compared by identity: each table declares its sources once, as constants.
 */
@SuppressWarnings("UnusedTypeParameter") // S types what a table's readers get from this source
final class Source<S> {
  private final String name;

  private Source(String name) {
    this.name = name;
  }

  /** A source called {@code name} after the psutil call and kernel files it reads. */
  static <S> Source<S> named(String name) {
    return new Source<>(name);
  }

  String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}

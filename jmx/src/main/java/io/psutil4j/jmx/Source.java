package io.psutil4j.jmx;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One kernel reading that attributes take their values from ({@code virtual_memory()} from
 * /proc/meminfo, {@code net_connections('inet')} from the socket tables): a table's rows name it,
 * and each MBean reads it through a {@link Snapshot} of its own, so a read of one attribute costs
 * only its source. Compared by identity: each table declares its sources once, as constants.
 *
 * <p>A source may be part of a wider one ({@link #partOf}): read alone it reads only its own file,
 * and a request that also needs the wider source takes it from that reading instead, so no file is
 * read twice in one request.
 */
@SuppressWarnings("UnusedTypeParameter") // S types what a table's readers get from this source
final class Source<S> {
  private final String name;

  /** The wider source whose reading holds this one's, or null. */
  private final @Nullable Source<?> wider;

  /** Null for a source that is part of no wider one. */
  private final @Nullable Function<Object, S> part;

  private Source(String name, @Nullable Source<?> wider, @Nullable Function<Object, S> part) {
    this.name = name;
    this.wider = wider;
    this.part = part;
  }

  /** A source called {@code name} after the psutil call and kernel files it reads. */
  static <S> Source<S> named(String name) {
    return new Source<>(name, null, null);
  }

  /** A source called {@code name} whose reading is also {@code part} of {@code wider}'s reading. */
  @SuppressWarnings("unchecked")
  static <S, W> Source<S> partOf(String name, Source<W> wider, Function<? super W, S> part) {
    return new Source<>(name, wider, reading -> part.apply((W) reading));
  }

  String name() {
    return name;
  }

  /** The wider source whose reading holds this one's, or null. */
  @Nullable Source<?> wider() {
    return wider;
  }

  /** This source's reading taken out of a reading of {@link #wider()}; null stays null. */
  @Nullable S partIn(@Nullable Object widerReading) {
    if (part == null) {
      throw new IllegalStateException("source '" + name + "' is part of no wider source");
    }
    return widerReading == null ? null : part.apply(widerReading);
  }

  @Override
  public String toString() {
    return name;
  }
}

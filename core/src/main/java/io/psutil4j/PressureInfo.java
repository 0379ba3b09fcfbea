package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pressure stall information for cpu, memory, io and irq: host-wide from /proc/pressure/*, or one
 * cgroup's from its v2 {cpu,memory,io,irq}.pressure files. A resource is empty when its file does
 * not exist (kernel before 4.20, psi=0, irq without CONFIG_IRQ_TIME_ACCOUNTING). psutil has no
 * equivalent; node_exporter's pressure collector reads the same host files.
 */
public final class PressureInfo extends FieldTuple<PressureInfo.Field> {
  /** The resources, each absent without its file. */
  enum Field implements TupleField {
    CPU,
    MEMORY,
    IO,
    IRQ;

    @Override
    public Class<?> type() {
      return Psi.class;
    }

    @Override
    public boolean nullable() {
      return true;
    }
  }

  private PressureInfo(@Nullable Object... values) {
    super("spressure", Field.class, values);
  }

  /** Builds from the four resources' pressure; null for a resource without a file. */
  public static PressureInfo of(
      @Nullable Psi cpu, @Nullable Psi memory, @Nullable Psi io, @Nullable Psi irq) {
    return new PressureInfo(cpu, memory, io, irq);
  }

  /** CPU pressure. */
  public Optional<Psi> cpu() {
    return optional(Field.CPU, Psi.class);
  }

  /** Memory pressure (reclaim, swap-in, thrashing). */
  public Optional<Psi> memory() {
    return optional(Field.MEMORY, Psi.class);
  }

  /** Block I/O pressure. */
  public Optional<Psi> io() {
    return optional(Field.IO, Psi.class);
  }

  /** Time lost to interrupt handling (kernel 6.1+). */
  public Optional<Psi> irq() {
    return optional(Field.IRQ, Psi.class);
  }
}

package io.psutil4j;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Pressure stall information for cpu, memory, io and irq: host-wide from /proc/pressure/*, or one
 * cgroup's from its v2 {cpu,memory,io,irq}.pressure files. A resource is empty when its file does
 * not exist (kernel before 4.20, psi=0, irq without CONFIG_IRQ_TIME_ACCOUNTING). psutil has no
 * equivalent; node_exporter's pressure collector reads the same host files.
 */
public final class PressureInfo extends FieldTuple {
  /** psutil's fields, in psutil's order. */
  public static final FieldTable FIELDS = FieldTable.optional();

  public static final TupleField<Psi> CPU = FIELDS.field("cpu", Psi.class);
  public static final TupleField<Psi> MEMORY = FIELDS.field("memory", Psi.class);
  public static final TupleField<Psi> IO = FIELDS.field("io", Psi.class);
  public static final TupleField<Psi> IRQ = FIELDS.field("irq", Psi.class);

  private PressureInfo(@Nullable Object... values) {
    super("spressure", FIELDS, values);
  }

  /** Builds from the four resources' pressure; null for a resource without a file. */
  public static PressureInfo of(
      @Nullable Psi cpu, @Nullable Psi memory, @Nullable Psi io, @Nullable Psi irq) {
    return new PressureInfo(cpu, memory, io, irq);
  }

  /** CPU pressure. */
  public Optional<Psi> cpu() {
    return optional(CPU);
  }

  /** Memory pressure (reclaim, swap-in, thrashing). */
  public Optional<Psi> memory() {
    return optional(MEMORY);
  }

  /** Block I/O pressure. */
  public Optional<Psi> io() {
    return optional(IO);
  }

  /** Time lost to interrupt handling (kernel 6.1+). */
  public Optional<Psi> irq() {
    return optional(IRQ);
  }
}
